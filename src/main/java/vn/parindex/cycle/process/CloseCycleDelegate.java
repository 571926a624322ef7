package vn.parindex.cycle.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.parindex.cycle.CycleService;

/** Closes the cycle once plans are accepted and the report is with the Ministry; the year may then be reopened. */
@Component
@RequiredArgsConstructor
public class CloseCycleDelegate implements JavaDelegate {

    private final CycleService cycles;

    @Override
    public void execute(DelegateExecution execution) {
        cycles.complete((Long) execution.getVariable(CycleProcess.CYCLE_ID));
    }
}
