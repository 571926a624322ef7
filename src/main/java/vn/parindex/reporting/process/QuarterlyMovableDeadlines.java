package vn.parindex.reporting.process;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.parindex.common.FormInput;
import vn.parindex.common.ValidationException;
import vn.parindex.deadlines.MovableDeadlines;
import vn.parindex.deadlines.NoticeAudience;
import vn.parindex.reporting.QuarterlyDeadline;
import vn.parindex.reporting.QuarterlyReport;
import vn.parindex.reporting.QuarterlyReportingService;

/**
 * The due dates of an open quarter ({@link QuarterlyDeadline}) that Sở Nội vụ may move (the Ministry asked earlier, a
 * holiday moved). The quarter's open tasks read them through {@code quarterlyDeadlines}.
 */
@Component
public class QuarterlyMovableDeadlines implements MovableDeadlines<QuarterlyMovableDeadlines.Target> {

    private static final Work ABOUT = new Work("QUARTERLY_REPORT", "quarterlyChange",
            "Chỉ cán bộ điều phối của Sở Nội vụ được điều chỉnh thời hạn báo cáo CCHC quý.",
            List.of("year", "quarter", "quarterlyDeadline"), "ngày mới", NoticeAudience.TASK_GROUPS);
    static final int MAX_REASON = 2000;

    /** A due date of quarter {@code quarter} of {@code year}. */
    public record Target(int year, int quarter, QuarterlyDeadline deadline) {
    }

    private final QuarterlyReportingService reports;
    private final RuntimeService runtime;

    QuarterlyMovableDeadlines(QuarterlyReportingService reports, @Lazy RuntimeService runtime) {
        this.reports = reports;
        this.runtime = runtime;
    }

    @Override
    public Work work() {
        return ABOUT;
    }

    @Override
    public Target target(Map<String, Object> form, List<String> problems) {
        Object quarter = form.get("quarter");
        if (!(form.get("year") instanceof Number year)) {
            throw new ValidationException("Vui lòng nhập năm báo cáo.");
        }
        int q = quarter instanceof Number n ? n.intValue() : parseQuarter(quarter);
        if (q < 1 || q > 4) {
            throw new ValidationException("Vui lòng chọn quý (1 đến 4).");
        }
        return new Target(year.intValue(), q, QuarterlyDeadline.parse(form.get("quarterlyDeadline")));
    }

    @Override
    public Moved move(Target target, LocalDate newDate, String reason, OffsetDateTime now) {
        List<String> problems = new ArrayList<>();
        String why = FormInput.requiredText(reason, "lý do điều chỉnh thời hạn (ví dụ: văn bản của Bộ Nội vụ)",
                MAX_REASON, problems);
        ValidationException.throwIfAny(problems);
        QuarterlyReport report = reports.find(target.year(), target.quarter()).orElseThrow(() -> new ValidationException(
                "Báo cáo CCHC quý " + vn.parindex.common.VietnameseFormat.quarter(target.quarter()) + "/" + target.year()
                        + " chưa được mở; chỉ điều chỉnh được thời hạn của quý đang báo cáo."));
        OffsetDateTime oldValue = reports.changeDeadline(report.id(), target.deadline(), newDate, now);
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey(QuarterlyReportingProcess.QUARTER_PROCESS_KEY)
                .processInstanceBusinessKey(report.businessKey()).singleResult();
        return new Moved(report.id(), target.deadline().name(), null, null, oldValue,
                reports.get(report.id()).deadline(target.deadline()), why, target.deadline().label(),
                instance == null ? null : instance.getId());
    }

    private static int parseQuarter(Object text) {
        try {
            return Integer.parseInt(String.valueOf(text).trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
