package vn.parindex.remediation.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.parindex.remediation.RemediationDrafting;
import vn.parindex.remediation.RemediationPlanService;
import vn.parindex.workflow.process.FormTaskListener;

/**
 * SNV drafts the plan on our drafting page (Tasklist 7.24 cannot complete a form with an editable dynamic list) and
 * completes this task to submit the saved draft to the Chairman: the form shows the draft, the server checks it.
 */
@Component
public record DraftRemediationPlanTaskListener(RemediationFormContext context, RemediationPlanService plans, RemediationDrafting drafting)
        implements FormTaskListener {

    @Override
    public void show(DelegateTask task) {
        long planId = RemediationFormContext.planId(task);
        context.show(task, null, plans.pendingPlanReturn(planId).map(comment -> "Chủ tịch UBND tỉnh trả lại: " + comment)
                .orElse(""));
        task.setVariablesLocal(context.planVariables(planId));
    }

    @Override
    public void submit(DelegateTask task, String actor) {
        long planId = RemediationFormContext.planId(task);
        drafting.submit(planId, actor, task.getId());
    }
}
