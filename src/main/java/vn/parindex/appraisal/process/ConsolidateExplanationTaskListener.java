package vn.parindex.appraisal.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.parindex.appraisal.ExplanationService;
import vn.parindex.cycle.process.TaskFormContext;
import vn.parindex.review.ReviewStep;
import vn.parindex.workflow.process.FormTaskListener;
import vn.parindex.workflow.process.TaskForms;

/** Sở Nội vụ consolidates the units' explanations into the province's explanation report (again after a return). */
@Component
public record ConsolidateExplanationTaskListener(AppraisalForms forms, ExplanationService explanations)
        implements FormTaskListener {

    @Override
    public void show(DelegateTask task) {
        forms.show(task, List.of(ReviewStep.EXPLANATION_APPROVAL));
        forms.showExplanations(task);
    }

    @Override
    public void submit(DelegateTask task, String actor) {
        var form = TaskForms.takeSubmitted(task, ExplanationService.SUMMARY, ExplanationService.REQUESTS);
        explanations.consolidate(TaskFormContext.cycleId(task), form, actor, task.getId());
    }
}
