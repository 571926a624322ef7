package vn.parindex.remediation.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.parindex.remediation.RemediationDrafting;
import vn.parindex.workflow.process.DecisionTaskListener;

/** The Chairman (or the delegated Vice-chairman) approves the plan, or returns it to SNV with a comment. */
@Component
public record ApproveRemediationPlanTaskListener(RemediationFormContext context, RemediationDrafting drafting)
        implements DecisionTaskListener {

    @Override
    public String approvedVariable() {
        return RemediationProcess.PLAN_APPROVED;
    }

    @Override
    public void showSubject(DelegateTask task) {
        context.show(task, null, "");
        task.setVariablesLocal(context.planVariables(RemediationFormContext.planId(task)));
    }

    @Override
    public boolean decide(DelegateTask task, Object decision, Object comment, String actor) {
        return drafting.decideApproval(RemediationFormContext.planId(task), decision, comment, actor, task.getId());
    }
}
