package vn.parindex.remediation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.parindex.remediation.RemediationPlanService;

/** The approved plan starts: each task gets the reports its unit owes (one, or one per quarter). */
@Component
public class ActivateRemediationPlanDelegate implements JavaDelegate {

    private final RemediationPlanService plans;

    ActivateRemediationPlanDelegate(RemediationPlanService plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        plans.activate(((Number) execution.getVariable(RemediationProcess.PLAN_ID)).longValue());
    }
}
