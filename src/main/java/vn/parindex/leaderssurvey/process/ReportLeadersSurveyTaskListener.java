package vn.parindex.leaderssurvey.process;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.parindex.common.VietnameseFormat;
import vn.parindex.cycle.process.TaskFormContext;
import vn.parindex.leaderssurvey.LeadersSurveyReport;
import vn.parindex.leaderssurvey.LeadersSurveyService;
import vn.parindex.workflow.PersonNames;
import vn.parindex.workflow.process.FormTaskListener;
import vn.parindex.workflow.process.TaskForms;
import vn.parindex.workflow.process.TaskExecutions;

/**
 * A unit reports how many of its leaders have answered the Ministry's e-survey and who has not; prefilled with its
 * last report. The flag {@code leadersSurveyComplete} (local to the unit's instance) sends the task round again
 * until every leader has answered.
 */
@Component
@RequiredArgsConstructor
public class ReportLeadersSurveyTaskListener implements FormTaskListener {

    public static final String COMPLETE = "leadersSurveyComplete";
    static final String TOTAL = "leadersTotal";
    static final String ANSWERED = "leadersAnswered";
    static final String NOT_ANSWERED = "leadersNotAnswered";
    static final String LAST_REPORT = "lastSurveyReport";

    private final TaskFormContext context;
    private final LeadersSurveyService service;
    private final PersonNames people;
    private final ZoneId zone;

    @Override
    public void show(DelegateTask task) {
        long cycleId = TaskFormContext.cycleId(task);
        context.show(task, List.of());
        var last = service.latest(cycleId, TaskForms.unitCode(task));
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(TOTAL, last.map(LeadersSurveyReport::leadersTotal).orElse(null));
        fields.put(ANSWERED, last.map(LeadersSurveyReport::leadersAnswered).orElse(null));
        fields.put(NOT_ANSWERED, last.map(LeadersSurveyReport::notAnswered).orElse(""));
        TaskForms.declare(task, fields);
        task.setVariableLocal(LAST_REPORT, last.map(this::describe).orElse("Đơn vị chưa báo cáo lần nào."));
    }

    @Override
    public void submit(DelegateTask task, String actor) {
        Map<String, Object> submitted = TaskForms.takeSubmitted(task, TOTAL, ANSWERED, NOT_ANSWERED);
        LeadersSurveyReport report = service.report(TaskFormContext.cycleId(task), TaskForms.unitCode(task),
                submitted.get(TOTAL), submitted.get(ANSWERED), submitted.get(NOT_ANSWERED), actor);
        TaskExecutions.flowExecution(task).setVariableLocal(COMPLETE, report.complete());
    }

    private String describe(LeadersSurveyReport report) {
        return "Báo cáo gần nhất (" + people.fullName(report.reportedBy()) + ", "
                + VietnameseFormat.dateTime(report.reportedAt(), zone) + "): " + report.leadersAnswered() + "/"
                + report.leadersTotal() + " lãnh đạo đã trả lời."
                + (report.notAnswered() == null ? "" : " Chưa trả lời: " + String.join("; ", report.notAnswered().lines().toList()));
    }
}
