package vn.parindex.reporting.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.parindex.reporting.QuarterlyReport;
import vn.parindex.reporting.QuarterlyReportingService;
import vn.parindex.workflow.process.FormTaskListener;
import vn.parindex.workflow.process.TaskForms;

/** SNV records the approved report as sent to the Ministry of Home Affairs (number, date). */
@Component
public record RecordQuarterlySubmissionTaskListener(QuarterlyTaskForm form, QuarterlyReportingService reports)
        implements FormTaskListener {

    private static final String[] FIELDS = {"documentNumber", "sentOn", "submissionNote"};

    @Override
    public void show(DelegateTask task) {
        long reportId = QuarterlyTaskForm.reportId(task);
        QuarterlyReport report = form.show(task, List.of());
        task.setVariableLocal(QuarterlyReportingProcess.DOCUMENT_URL, reports.latestVersion(reportId)
                .map(v -> QuarterlyTaskForm.documentUrl(report, v.version())).orElse(""));
        task.setVariableLocal("documentNumber", "");
        task.setVariableLocal("sentOn", null);
        task.setVariableLocal("submissionNote", "");
    }

    @Override
    public void submit(DelegateTask task, String actor) {
        long reportId = QuarterlyTaskForm.reportId(task);
        reports.recordSubmission(reportId, TaskForms.takeSubmitted(task, FIELDS), actor,
                form.now());
    }
}
