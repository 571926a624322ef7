package vn.parindex.appraisal.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.parindex.appraisal.AppraisalService;
import vn.parindex.appraisal.ExplanationService;
import vn.parindex.cycle.process.TaskFormContext;
import vn.parindex.workflow.process.FormTaskListener;
import vn.parindex.workflow.process.TaskForms;

/** Sở Nội vụ records that the approved explanation report went to the Ministry (number, date, the software). */
@Component
public record SubmitExplanationTaskListener(AppraisalForms forms, AppraisalService appraisals,
                                            ExplanationService explanations) implements FormTaskListener {

    @Override
    public void show(DelegateTask task) {
        long cycleId = TaskFormContext.cycleId(task);
        forms.show(task, List.of());
        var stage = appraisals.get(cycleId);
        task.setVariableLocal(ExplanationService.SUMMARY, stage.explanationSummary());
        task.setVariableLocal(ExplanationService.REQUESTS, stage.explanationRequests() == null ? "" : stage.explanationRequests());
        task.setVariableLocal(ExplanationService.NUMBER, "");
        task.setVariableLocal(ExplanationService.DATE, null);
        task.setVariableLocal(ExplanationService.ENTERED, false);
    }

    @Override
    public void submit(DelegateTask task, String actor) {
        var form = TaskForms.takeSubmitted(task, ExplanationService.NUMBER, ExplanationService.DATE,
                ExplanationService.ENTERED);
        explanations.send(TaskFormContext.cycleId(task), form, actor, task.getId());
    }
}
