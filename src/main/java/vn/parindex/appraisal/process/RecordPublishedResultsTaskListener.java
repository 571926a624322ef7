package vn.parindex.appraisal.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.parindex.appraisal.AppraisalService;
import vn.parindex.cycle.process.TaskFormContext;
import vn.parindex.workflow.process.FormTaskListener;
import vn.parindex.workflow.process.TaskForms;

/** Sở Nội vụ enters the results the Ministry published (the results page) and confirms; then the cycle can close. */
@Component
public record RecordPublishedResultsTaskListener(AppraisalForms forms, AppraisalService appraisals)
        implements FormTaskListener {

    static final String PUBLISHED_TEXT = "publishedText";

    @Override
    public void show(DelegateTask task) {
        forms.show(task, List.of());
        task.setVariableLocal(PUBLISHED_TEXT, appraisals.latestEntryText(TaskFormContext.cycleId(task)));
        task.setVariableLocal(AppraisalService.RESULTS_ENTERED, false);
    }

    @Override
    public void submit(DelegateTask task, String actor) {
        var form = TaskForms.takeSubmitted(task, AppraisalService.RESULTS_ENTERED);
        appraisals.recordPublished(TaskFormContext.cycleId(task), form, actor, task.getId());
    }
}
