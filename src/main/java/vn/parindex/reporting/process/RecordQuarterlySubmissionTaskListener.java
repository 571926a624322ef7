package vn.parindex.reporting.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.parindex.reporting.QuarterlyReport;
import vn.parindex.reporting.QuarterlyReportingService;

/** SNV records the approved report as sent to the Ministry of Home Affairs (number, date). */
@Component
public class RecordQuarterlySubmissionTaskListener implements TaskListener {

    private static final String[] FIELDS = {"documentNumber", "sentOn", "submissionNote"};

    private final QuarterlyTaskForm form;
    private final QuarterlyReportingService reports;

    RecordQuarterlySubmissionTaskListener(QuarterlyTaskForm form, QuarterlyReportingService reports) {
        this.form = form;
        this.reports = reports;
    }

    @Override
    public void notify(DelegateTask task) {
        long reportId = QuarterlyTaskForm.reportId(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            QuarterlyReport report = form.show(task, List.of());
            task.setVariableLocal(QuarterlyReportingProcess.DOCUMENT_URL, reports.latestVersion(reportId)
                    .map(v -> QuarterlyTaskForm.documentUrl(report, v.version())).orElse(""));
            task.setVariableLocal("documentNumber", "");
            task.setVariableLocal("sentOn", null);
            task.setVariableLocal("submissionNote", "");
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            reports.recordSubmission(reportId, QuarterlyTaskForm.submitted(task, FIELDS), QuarterlyTaskForm.actor(task),
                    form.now());
        }
    }
}
