package vn.parindex.reporting.process;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import vn.parindex.reporting.QuarterlyReportingService;
import vn.parindex.reporting.QuarterlyStep;
import vn.parindex.workflow.Decision;
import vn.parindex.workflow.process.DecisionTaskListener;

/** A decision on a department's quarterly report (the head's sign-off, SNV's review), showing the report. */
@RequiredArgsConstructor
abstract class UnitReportDecisionTaskListener implements DecisionTaskListener {

    private final QuarterlyTaskForm form;
    private final QuarterlyReportingService reports;
    private final QuarterlyStep step;
    private final String approvedVariable;

    @Override
    public String approvedVariable() {
        return approvedVariable;
    }

    @Override
    public void showSubject(DelegateTask task) {
        form.show(task, List.of());
        task.setVariableLocal(QuarterlyReportingProcess.REPORT_SUMMARY, reports.latestUnitReport(
                QuarterlyTaskForm.reportId(task), QuarterlyTaskForm.unitCode(task))
                .map(PrepareUnitReportTaskListener::summary).orElse(""));
    }

    @Override
    public boolean decide(DelegateTask task, Object decision, Object comment, String actor) {
        Decision parsed = Decision.parse(decision, comment);
        reports.decide(QuarterlyTaskForm.reportId(task), QuarterlyTaskForm.unitCode(task), step, parsed,
                comment == null ? null : comment.toString(), actor, task.getId());
        return parsed == Decision.APPROVE;
    }
}
