package vn.parindex.appraisal.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.parindex.appraisal.AppraisalService;

/** The report went to the Ministry: the stage after the submission opens with its due dates from the year's data. */
@Component
@RequiredArgsConstructor
public class AwaitAppraisalDelegate implements JavaDelegate {

    private final AppraisalService appraisals;

    @Override
    public void execute(DelegateExecution execution) {
        appraisals.open(((Number) execution.getVariable(vn.parindex.cycle.process.CycleProcess.CYCLE_ID)).longValue());
    }
}
