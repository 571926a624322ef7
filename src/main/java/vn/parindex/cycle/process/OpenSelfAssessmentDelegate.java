package vn.parindex.cycle.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.parindex.cycle.CycleService;

/** Records when self-assessment opened: at the calendar date, or earlier on the Ministry's guidance. */
@Component
@RequiredArgsConstructor
public class OpenSelfAssessmentDelegate implements JavaDelegate {

    private final CycleService cycles;

    @Override
    public void execute(DelegateExecution execution) {
        cycles.markSelfAssessmentOpened((Long) execution.getVariable(CycleProcess.CYCLE_ID));
    }
}
