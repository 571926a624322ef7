package vn.parindex.submission.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.parindex.consolidation.process.ReportView;
import vn.parindex.cycle.process.TaskFormContext;
import vn.parindex.submission.SubmissionService;
import vn.parindex.workflow.process.FormTaskListener;
import vn.parindex.workflow.process.TaskForms;

/** Sở Nội vụ records the report's number and date and that the data is in the Ministry's software. */
@Component
public record RecordSubmissionTaskListener(TaskFormContext context, ReportView view, SubmissionService submissions)
        implements FormTaskListener {

    @Override
    public void show(DelegateTask task) {
        long cycleId = TaskFormContext.cycleId(task);
        context.show(task, List.of());
        view.showTotals(task, cycleId);
        task.setVariableLocal(SubmissionService.REPORT_NUMBER, "");
        task.setVariableLocal(SubmissionService.REPORT_DATE, null);
        task.setVariableLocal(SubmissionService.ENTERED, false);
        task.setVariableLocal(SubmissionService.NOTE, "");
    }

    @Override
    public void submit(DelegateTask task, String actor) {
        long cycleId = TaskFormContext.cycleId(task);
        var form = TaskForms.takeSubmitted(task, SubmissionService.REPORT_NUMBER, SubmissionService.REPORT_DATE,
                SubmissionService.ENTERED, SubmissionService.NOTE);
        submissions.record(cycleId, form, actor, task.getId());
    }
}
