package vn.parindex.reporting.process;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.common.FormInput;
import vn.parindex.common.ParProperties;
import vn.parindex.common.ValidationException;
import vn.parindex.deadlines.process.OpenTaskDeadlines;
import vn.parindex.reporting.QuarterlyDeadline;
import vn.parindex.reporting.QuarterlyDeadlineChangeLog;
import vn.parindex.reporting.QuarterlyReport;
import vn.parindex.reporting.QuarterlyReportingService;

/**
 * Sở Nội vụ moves a due date of an open quarter (the Ministry asked earlier, a holiday moved). In one transaction:
 * the date in our table, every open task of the quarter whose due date expression reads it, their deadline watches'
 * timers, a notice to each affected unit, and the change log (who, when, old, new, why).
 */
@Service
public class QuarterlyDeadlineChangeService {

    static final int MAX_REASON = 2000;

    public record Result(long changeId, QuarterlyDeadline deadline, OffsetDateTime oldValue, OffsetDateTime newValue,
                         int tasksMoved, int timersMoved, int noticesQueued) {
    }

    private final QuarterlyReportingService reports;
    private final QuarterlyDeadlineChangeLog changeLog;
    private final OpenTaskDeadlines openTasks;
    private final ProcessEngine engine;
    private final ZoneId zone;

    QuarterlyDeadlineChangeService(QuarterlyReportingService reports, QuarterlyDeadlineChangeLog changeLog,
                                   OpenTaskDeadlines openTasks, @Lazy ProcessEngine engine, ParProperties properties) {
        this.reports = reports;
        this.changeLog = changeLog;
        this.openTasks = openTasks;
        this.engine = engine;
        this.zone = properties.timeZone();
    }

    @Transactional
    public Result change(int year, int quarter, QuarterlyDeadline deadline, LocalDate newDate, String reason) {
        Authentication user = openTasks.requireCoordinator("Chỉ cán bộ điều phối của Sở Nội vụ được điều chỉnh thời hạn báo cáo CCHC quý.");
        List<String> problems = new ArrayList<>();
        String why = FormInput.requiredText(reason, "lý do điều chỉnh thời hạn (ví dụ: văn bản của Bộ Nội vụ)",
                MAX_REASON, problems);
        ValidationException.throwIfAny(problems);
        QuarterlyReport report = reports.find(year, quarter).orElseThrow(() -> new ValidationException(
                "Báo cáo CCHC quý " + quarter + "/" + year + " chưa được mở; chỉ điều chỉnh được thời hạn của quý đang báo cáo."));
        OffsetDateTime now = ClockUtil.getCurrentTime().toInstant().atZone(zone).toOffsetDateTime();
        OffsetDateTime oldValue = reports.changeDeadline(report.id(), deadline, newDate, now);
        long changeId = changeLog.record(report.id(), deadline, oldValue, reports.get(report.id()).deadline(deadline),
                why, user.getUserId(), now);
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(QuarterlyReportingProcess.QUARTER_PROCESS_KEY)
                .processInstanceBusinessKey(report.businessKey()).singleResult();
        int tasks = 0;
        int timers = 0;
        int notices = 0;
        if (instance != null) {
            OpenTaskDeadlines.Moved moved = openTasks.recalculate(instance.getId(), new OpenTaskDeadlines.Change(
                    "quarterlyChange:" + changeId, deadline.label(), why, user.getUserId(), now));
            tasks = moved.taskIds().size();
            timers = moved.timersMoved();
            notices = moved.noticesQueued();
        }
        changeLog.recordMoved(changeId, tasks, timers);
        return new Result(changeId, deadline, oldValue, reports.get(report.id()).deadline(deadline), tasks, timers, notices);
    }
}
