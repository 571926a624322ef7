package vn.parindex.remediation.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.parindex.remediation.RemediationPlanService;
import vn.parindex.workflow.process.DecisionTaskListener;

/** The Chairman (or the delegated Vice-chairman) approves the plan, or returns it to SNV with a comment. */
@Component
public class ApproveRemediationPlanTaskListener extends DecisionTaskListener {

    private final RemediationFormContext context;
    private final RemediationPlanService plans;

    ApproveRemediationPlanTaskListener(RemediationFormContext context, RemediationPlanService plans) {
        super(RemediationProcess.PLAN_APPROVED, true);
        this.context = context;
        this.plans = plans;
    }

    @Override
    protected void showSubject(DelegateTask task) {
        context.show(task, null, "");
        task.setVariablesLocal(context.planVariables(RemediationFormContext.planId(task)));
    }

    @Override
    protected boolean decide(DelegateTask task, Object decision, Object comment, String actor) {
        return plans.decideApproval(RemediationFormContext.planId(task), decision, comment, actor, task.getId());
    }
}
