package vn.parindex.reporting.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.parindex.common.ValidationException;
import vn.parindex.reporting.ReportingSchedule;

/**
 * Checks the year SNV entered (a schedule in data/reporting, no other running year) and gives the instance the
 * business key {@code CCHC-<year>}. Synchronous, so a refused start shows the Vietnamese message in Tasklist.
 */
@Component
@RequiredArgsConstructor
public class RegisterReportingYearDelegate implements JavaDelegate {

    private final ReportingSchedule schedule;

    @Override
    public void execute(DelegateExecution execution) {
        Object year = execution.getVariable(QuarterlyReportingProcess.YEAR);
        Long parsed = year instanceof Number n ? Long.valueOf(n.longValue()) : null;
        if (parsed == null && year != null) {
            try {
                parsed = Long.parseLong(year.toString().trim());
            } catch (NumberFormatException e) {
                parsed = null;
            }
        }
        if (parsed == null || parsed < 2000 || parsed > 2100) {
            throw new ValidationException("Vui lòng nhập năm báo cáo hợp lệ (ví dụ 2026).");
        }
        int y = parsed.intValue();
        schedule.get(y);
        String businessKey = "CCHC-" + y;
        long running = execution.getProcessEngineServices().getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(QuarterlyReportingProcess.YEAR_PROCESS_KEY).processInstanceBusinessKey(businessKey)
                .active().count();
        if (running > 0) {
            throw new ValidationException("Báo cáo CCHC hằng quý năm " + y + " đã được khởi động.");
        }
        execution.setVariable(QuarterlyReportingProcess.YEAR, y);
        execution.setProcessBusinessKey(businessKey);
    }
}
