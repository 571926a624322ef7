package vn.parindex.reporting.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.parindex.reporting.QuarterlyReport;
import vn.parindex.reporting.QuarterlyReportingService;
import vn.parindex.reporting.QuarterlyStep;
import vn.parindex.review.Decision;
import vn.parindex.review.ReviewService;

/** The Chairman (or the Vice-chairman) approves the province's quarterly report, or returns it to SNV. */
@Component
public class ApproveProvincialReportTaskListener implements TaskListener {

    private final QuarterlyTaskForm form;
    private final QuarterlyReportingService reports;

    ApproveProvincialReportTaskListener(QuarterlyTaskForm form, QuarterlyReportingService reports) {
        this.form = form;
        this.reports = reports;
    }

    @Override
    public void notify(DelegateTask task) {
        long reportId = QuarterlyTaskForm.reportId(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            QuarterlyReport report = form.show(task, List.of());
            task.setVariableLocal(QuarterlyReportingProcess.TOTALS_SUMMARY, reports.totals(reportId).summary());
            task.setVariableLocal(QuarterlyReportingProcess.DOCUMENT_URL, reports.latestVersion(reportId)
                    .map(v -> QuarterlyTaskForm.documentUrl(report, v.version())).orElse(""));
            task.setVariableLocal(QuarterlyReportingProcess.DECISION, null);
            task.setVariableLocal(QuarterlyReportingProcess.COMMENT, "");
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            var submitted = QuarterlyTaskForm.submitted(task, QuarterlyReportingProcess.DECISION, QuarterlyReportingProcess.COMMENT);
            Object comment = submitted.get(QuarterlyReportingProcess.COMMENT);
            Decision decision = ReviewService.parseDecision(submitted.get(QuarterlyReportingProcess.DECISION), comment);
            reports.decide(reportId, null, QuarterlyStep.CHAIRMAN_APPROVAL, decision,
                    comment == null ? null : comment.toString(), QuarterlyTaskForm.actor(task), task.getId(),
                    ReportingClock.now());
            task.getExecution().setVariable(QuarterlyReportingProcess.APPROVED, decision == Decision.APPROVE);
        }
    }
}
