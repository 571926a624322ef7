package vn.parindex.reporting.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import vn.parindex.reporting.QuarterlyReportingService;
import vn.parindex.reporting.QuarterlyStep;
import vn.parindex.review.Decision;
import vn.parindex.review.ReviewService;

/**
 * A decision on a department's quarterly report (the head's sign-off, SNV's review): shows the report; on complete
 * checks the decision (a return needs a comment), records it with who and when, and hands the flag to the gateway.
 */
abstract class UnitReportDecisionTaskListener implements TaskListener {

    private final QuarterlyTaskForm form;
    private final QuarterlyReportingService reports;
    private final QuarterlyStep step;
    private final String approvedVariable;

    UnitReportDecisionTaskListener(QuarterlyTaskForm form, QuarterlyReportingService reports, QuarterlyStep step,
                                   String approvedVariable) {
        this.form = form;
        this.reports = reports;
        this.step = step;
        this.approvedVariable = approvedVariable;
    }

    @Override
    public void notify(DelegateTask task) {
        long reportId = QuarterlyTaskForm.reportId(task);
        String unitCode = QuarterlyTaskForm.unitCode(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            form.show(task, List.of());
            task.setVariableLocal(QuarterlyReportingProcess.REPORT_SUMMARY, reports.latestUnitReport(reportId, unitCode)
                    .map(PrepareUnitReportTaskListener::summary).orElse(""));
            task.setVariableLocal(QuarterlyReportingProcess.DECISION, null);
            task.setVariableLocal(QuarterlyReportingProcess.COMMENT, "");
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            var submitted = QuarterlyTaskForm.submitted(task, QuarterlyReportingProcess.DECISION, QuarterlyReportingProcess.COMMENT);
            Object comment = submitted.get(QuarterlyReportingProcess.COMMENT);
            Decision decision = ReviewService.parseDecision(submitted.get(QuarterlyReportingProcess.DECISION), comment);
            reports.decide(reportId, unitCode, step, decision, comment == null ? null : comment.toString(),
                    QuarterlyTaskForm.actor(task), task.getId(), ReportingClock.now());
            task.getExecution().setVariableLocal(approvedVariable, decision == Decision.APPROVE);
        }
    }
}
