package vn.parindex.reporting.process;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.parindex.common.ParProperties;
import vn.parindex.common.VietnameseFormat;
import vn.parindex.cycle.process.ProcessActor;
import vn.parindex.cycle.process.TaskFormContext;
import vn.parindex.orgdirectory.OrgDirectoryService;
import vn.parindex.reporting.QuarterlyReport;
import vn.parindex.reporting.QuarterlyReportingService;
import vn.parindex.reporting.QuarterlyStep;

/** The read-only context of every quarterly report form, as task-local variables, and reading what a form submitted. */
@Component
public class QuarterlyTaskForm {

    private final QuarterlyReportingService reports;
    private final OrgDirectoryService orgDirectory;
    private final ZoneId zone;

    QuarterlyTaskForm(QuarterlyReportingService reports, OrgDirectoryService orgDirectory, ParProperties properties) {
        this.reports = reports;
        this.orgDirectory = orgDirectory;
        this.zone = properties.timeZone();
    }

    static long reportId(DelegateTask task) {
        return ((Number) task.getVariable(QuarterlyReportingProcess.REPORT_ID)).longValue();
    }

    /** The department of a per-unit task, null on the province's tasks. */
    static String unitCode(DelegateTask task) {
        Object unit = task.getVariable(QuarterlyReportingProcess.UNIT_CODE);
        return unit == null ? null : unit.toString();
    }

    QuarterlyReport show(DelegateTask task, List<QuarterlyStep> returnSteps) {
        long reportId = reportId(task);
        String unitCode = unitCode(task);
        QuarterlyReport report = reports.get(reportId);
        task.setVariableLocal(QuarterlyReportingProcess.UNIT_NAME,
                unitCode == null ? "Sở Nội vụ (tổng hợp của tỉnh)" : orgDirectory.get(unitCode).name());
        task.setVariableLocal(QuarterlyReportingProcess.PERIOD, report.label() + " – " + report.province());
        task.setVariableLocal(QuarterlyReportingProcess.DUE_DATE_TEXT, task.getDueDate() == null ? ""
                : VietnameseFormat.dateTime(task.getDueDate().toInstant().atZone(zone).toOffsetDateTime(), zone));
        task.setVariableLocal(QuarterlyReportingProcess.RETURN_COMMENT,
                reports.pendingReturnComment(reportId, unitCode, returnSteps));
        return report;
    }

    static String documentUrl(QuarterlyReport report, int version) {
        return "/api/quarterly-reports/" + report.year() + "/" + report.quarter() + "/document?version=" + version;
    }

    static Map<String, Object> submitted(DelegateTask task, String... keys) {
        return TaskFormContext.takeSubmitted(task, keys);
    }

    static String actor(DelegateTask task) {
        return ProcessActor.of(task);
    }
}
