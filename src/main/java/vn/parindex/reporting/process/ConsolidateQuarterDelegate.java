package vn.parindex.reporting.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.parindex.reporting.QuarterlyReportingService;

/** Sums every accepted department's report into the province's totals (our table). */
@Component
@RequiredArgsConstructor
public class ConsolidateQuarterDelegate implements JavaDelegate {

    private final QuarterlyReportingService reports;

    @Override
    public void execute(DelegateExecution execution) {
        reports.consolidate(((Number) execution.getVariable(QuarterlyReportingProcess.REPORT_ID)).longValue());
    }
}
