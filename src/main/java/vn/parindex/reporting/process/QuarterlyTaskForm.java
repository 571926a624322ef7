package vn.parindex.reporting.process;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.parindex.orgdirectory.OrgDirectoryService;
import vn.parindex.reporting.QuarterlyReport;
import vn.parindex.reporting.QuarterlyReportingService;
import vn.parindex.reporting.QuarterlyStep;
import vn.parindex.workflow.process.TaskForms;

/** The read-only context of every quarterly report form, as task-local variables, and reading what a form submitted. */
@Component
public record QuarterlyTaskForm(QuarterlyReportingService reports, OrgDirectoryService orgDirectory, TaskForms forms,
                                Clock clock) {

    static long reportId(DelegateTask task) {
        return TaskForms.id(task, QuarterlyReportingProcess.REPORT_ID);
    }

    /** The department of a per-unit task, null on the province's tasks. */
    static String unitCode(DelegateTask task) {
        return TaskForms.unitCode(task);
    }

    QuarterlyReport show(DelegateTask task, List<QuarterlyStep> returnSteps) {
        long reportId = reportId(task);
        String unitCode = unitCode(task);
        QuarterlyReport report = reports.get(reportId);
        forms.showContext(task, unitCode == null ? TaskForms.PROVINCE_OFFICE : orgDirectory.get(unitCode).name(),
                reports.pendingReturnComment(reportId, unitCode, returnSteps));
        TaskForms.addInfo(task, QuarterlyReportingProcess.PERIOD, report.label() + " – " + report.province());
        TaskForms.addToSubject(task, report.label());
        return report;
    }

    static String documentUrl(QuarterlyReport report, int version) {
        return "/api/quarterly-reports/" + report.year() + "/" + report.quarter() + "/document?version=" + version;
    }

    /** Now, by the one clock (the engine's). */
    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
