package vn.parindex.remediation.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.parindex.remediation.RemediationPlanService;

/** Every report of every task is accepted: the plan is done and the year may get a new one. */
@Component
@RequiredArgsConstructor
public class CompleteRemediationPlanDelegate implements JavaDelegate {

    private final RemediationPlanService plans;

    @Override
    public void execute(DelegateExecution execution) {
        plans.complete(((Number) execution.getVariable(RemediationProcess.PLAN_ID)).longValue());
    }
}
