package vn.parindex.remediation.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.parindex.common.FormInput;
import vn.parindex.common.ValidationException;
import vn.parindex.remediation.RemediationPlan;
import vn.parindex.remediation.RemediationPlanService;
import vn.parindex.workflow.process.ProcessActor;

/**
 * Registers the plan SNV asked for. Synchronous on purpose: a year without results, or with a plan already live,
 * fails the start itself with the Vietnamese message shown in Tasklist.
 */
@Component
@RequiredArgsConstructor
public class RegisterRemediationPlanDelegate implements JavaDelegate {

    private final RemediationPlanService plans;

    @Override
    public void execute(DelegateExecution execution) {
        int year = readYear(execution.getVariable(RemediationProcess.YEAR));
        RemediationPlan plan = plans.register(year, ProcessActor.of(execution), execution.getProcessInstanceId());
        execution.setProcessBusinessKey(plan.businessKey());
        execution.setVariable(RemediationProcess.YEAR, year);
        execution.setVariable(RemediationProcess.PLAN_ID, plan.id());
        execution.setVariable(RemediationProcess.CYCLE_ID, plan.cycleId());
    }

    private static int readYear(Object value) {
        String text = FormInput.text(value);
        try {
            double year = Double.parseDouble(text);
            if (year != Math.rint(year)) {
                throw new NumberFormatException();
            }
            return (int) year;
        } catch (NumberFormatException e) {
            throw new ValidationException(text.isEmpty() ? "Vui lòng nhập năm đánh giá có kết quả cần khắc phục."
                    : "Năm đánh giá \"" + text + "\" không hợp lệ.");
        }
    }
}
