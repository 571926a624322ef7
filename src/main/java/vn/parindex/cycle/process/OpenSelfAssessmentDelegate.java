package vn.parindex.cycle.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.parindex.cycle.CycleService;

/** Records when self-assessment opened: at the calendar date, or earlier on the Ministry's guidance. */
@Component
public class OpenSelfAssessmentDelegate implements JavaDelegate {

    private final CycleService cycles;

    OpenSelfAssessmentDelegate(CycleService cycles) {
        this.cycles = cycles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cycles.markSelfAssessmentOpened((Long) execution.getVariable(CycleProcess.CYCLE_ID));
    }
}
