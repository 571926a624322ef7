package vn.parindex.remediation.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.parindex.remediation.RemediationDrafting;

/** The approved plan starts: each task gets the reports its unit owes (one, or one per quarter). */
@Component
@RequiredArgsConstructor
public class ActivateRemediationPlanDelegate implements JavaDelegate {

    private final RemediationDrafting drafting;

    @Override
    public void execute(DelegateExecution execution) {
        drafting.activate(((Number) execution.getVariable(RemediationProcess.PLAN_ID)).longValue());
    }
}
