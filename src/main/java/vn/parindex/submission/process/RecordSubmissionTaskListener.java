package vn.parindex.submission.process;

import vn.parindex.workflow.process.TaskForms;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.parindex.consolidation.process.ReportView;
import vn.parindex.workflow.process.ProcessActor;
import vn.parindex.cycle.process.TaskFormContext;
import vn.parindex.submission.SubmissionService;

/** Sở Nội vụ records the report's number and date and that the data is in the Ministry's software. */
@Component
public class RecordSubmissionTaskListener implements TaskListener {

    private final TaskFormContext context;
    private final ReportView view;
    private final SubmissionService submissions;

    RecordSubmissionTaskListener(TaskFormContext context, ReportView view, SubmissionService submissions) {
        this.context = context;
        this.view = view;
        this.submissions = submissions;
    }

    @Override
    public void notify(DelegateTask task) {
        long cycleId = TaskFormContext.cycleId(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            context.show(task, List.of());
            view.showTotals(task, cycleId);
            task.setVariableLocal(SubmissionService.REPORT_NUMBER, "");
            task.setVariableLocal(SubmissionService.REPORT_DATE, null);
            task.setVariableLocal(SubmissionService.ENTERED, false);
            task.setVariableLocal(SubmissionService.NOTE, "");
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            var form = TaskForms.takeSubmitted(task, SubmissionService.REPORT_NUMBER, SubmissionService.REPORT_DATE,
                    SubmissionService.ENTERED, SubmissionService.NOTE);
            submissions.record(cycleId, form, ProcessActor.of(task), task.getId());
        }
    }
}
