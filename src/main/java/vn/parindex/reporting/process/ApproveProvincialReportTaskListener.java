package vn.parindex.reporting.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.parindex.reporting.QuarterlyReport;
import vn.parindex.reporting.QuarterlyReportingService;
import vn.parindex.reporting.QuarterlyStep;
import vn.parindex.workflow.Decision;
import vn.parindex.workflow.process.DecisionTaskListener;

/** The Chairman (or the Vice-chairman) approves the province's quarterly report, or returns it to SNV. */
@Component
public record ApproveProvincialReportTaskListener(QuarterlyTaskForm form, QuarterlyReportingService reports)
        implements DecisionTaskListener {

    @Override
    public String approvedVariable() {
        return QuarterlyReportingProcess.APPROVED;
    }

    @Override
    public void showSubject(DelegateTask task) {
        long reportId = QuarterlyTaskForm.reportId(task);
        QuarterlyReport report = form.show(task, List.of());
        task.setVariableLocal(QuarterlyReportingProcess.TOTALS_SUMMARY, reports.totals(reportId).summary());
        task.setVariableLocal(QuarterlyReportingProcess.DOCUMENT_URL, reports.latestVersion(reportId)
                .map(v -> QuarterlyTaskForm.documentUrl(report, v.version())).orElse(""));
    }

    @Override
    public boolean decide(DelegateTask task, Object decision, Object comment, String actor) {
        Decision parsed = Decision.parse(decision, comment);
        reports.decide(QuarterlyTaskForm.reportId(task), null, QuarterlyStep.CHAIRMAN_APPROVAL, parsed,
                comment == null ? null : comment.toString(), actor, task.getId());
        return parsed == Decision.APPROVE;
    }
}
