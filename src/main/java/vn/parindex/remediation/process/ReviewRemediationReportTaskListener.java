package vn.parindex.remediation.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.parindex.remediation.RemediationReports;
import vn.parindex.remediation.RemediationPlanService;
import vn.parindex.remediation.RemediationTask;
import vn.parindex.remediation.ReportPeriod;
import vn.parindex.workflow.process.DecisionTaskListener;

/** SNV accepts a unit's report on a task, or returns it with what is missing. */
@Component
public record ReviewRemediationReportTaskListener(RemediationFormContext context, RemediationPlanService plans, RemediationReports reports)
        implements DecisionTaskListener {

    @Override
    public String approvedVariable() {
        return RemediationProcess.REPORT_ACCEPTED;
    }

    @Override
    public void showSubject(DelegateTask task) {
        long taskId = RemediationFormContext.remediationTaskId(task);
        ReportPeriod period = reports.requireCurrentPeriod(taskId);
        RemediationTask remediationTask = plans.task(taskId);
        context.show(task, remediationTask.unitCode(), "");
        context.showTask(task, remediationTask, period);
        task.setVariableLocal(RemediationFormContext.REPORT_TEXT, reports.latestReport(period.id())
                .map(context::reportText).orElse(""));
    }

    @Override
    public boolean decide(DelegateTask task, Object decision, Object comment, String actor) {
        return reports.review(RemediationFormContext.remediationTaskId(task), decision, comment, actor, task.getId());
    }
}
