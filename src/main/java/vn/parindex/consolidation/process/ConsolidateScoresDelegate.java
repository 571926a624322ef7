package vn.parindex.consolidation.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.parindex.consolidation.ConsolidationService;
import vn.parindex.cycle.process.CycleProcess;

/** Totals the accepted self-scores per field once every unit is accepted (and again after a Chairman's return). */
@Component
@RequiredArgsConstructor
public class ConsolidateScoresDelegate implements JavaDelegate {

    private final ConsolidationService consolidation;

    @Override
    public void execute(DelegateExecution execution) {
        consolidation.consolidate((Long) execution.getVariable(CycleProcess.CYCLE_ID));
    }
}
