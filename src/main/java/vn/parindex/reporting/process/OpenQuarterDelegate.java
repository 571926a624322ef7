package vn.parindex.reporting.process;

import java.time.Clock;
import java.time.OffsetDateTime;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.parindex.deadlines.NoticeContext;
import vn.parindex.reporting.QuarterlyNoticeContexts;
import vn.parindex.reporting.QuarterlyReport;
import vn.parindex.reporting.QuarterlyReportingService;

/** Opens the quarter in our tables; the instance keeps only its id and the deadline watch's notice context. */
@Component
@RequiredArgsConstructor
public class OpenQuarterDelegate implements JavaDelegate {

    private final QuarterlyReportingService reports;
    private final Clock clock;

    @Override
    public void execute(DelegateExecution execution) {
        int year = ((Number) execution.getVariable(QuarterlyReportingProcess.YEAR)).intValue();
        int quarter = ((Number) execution.getVariable(QuarterlyReportingProcess.QUARTER)).intValue();
        QuarterlyReport report = reports.open(year, quarter, execution.getProcessInstanceId(), OffsetDateTime.now(clock));
        execution.setVariable(QuarterlyReportingProcess.REPORT_ID, report.id());
        execution.setVariable(NoticeContext.VARIABLE, NoticeContext.key(QuarterlyNoticeContexts.KIND, report.id()));
    }
}
