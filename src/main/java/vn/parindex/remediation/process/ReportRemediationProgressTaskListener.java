package vn.parindex.remediation.process;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.parindex.remediation.RemediationReports;
import vn.parindex.remediation.ProgressReport;
import vn.parindex.remediation.RemediationPlanService;
import vn.parindex.remediation.RemediationTask;
import vn.parindex.remediation.ReportPeriod;
import vn.parindex.workflow.process.FormTaskListener;
import vn.parindex.workflow.process.TaskForms;

/**
 * The responsible unit's officers report on a task (status, what was done, evidence); after SNV's return the form is
 * prefilled with the last report and shows SNV's comment. Checked on the server, stored in our tables.
 */
@Component
public record ReportRemediationProgressTaskListener(RemediationFormContext context, RemediationPlanService plans, RemediationReports reports)
        implements FormTaskListener {

    @Override
    public void show(DelegateTask task) {
        long taskId = RemediationFormContext.remediationTaskId(task);
        ReportPeriod period = reports.openCurrentPeriod(taskId);
        RemediationTask remediationTask = plans.task(taskId);
        context.show(task, remediationTask.unitCode(), reports.pendingReportReturn(remediationTask.planId(), period.id())
                .map(comment -> "Sở Nội vụ trả lại: " + comment).orElse(""));
        context.showTask(task, remediationTask, period);
        var last = reports.latestReport(period.id());
        Map<String, Object> fields = new HashMap<>();
        fields.put(RemediationFormContext.PROGRESS, last.map(report -> report.progress().name()).orElse(null));
        fields.put(RemediationFormContext.WORK_DONE, last.map(ProgressReport::workDone).orElse(""));
        fields.put(RemediationFormContext.EVIDENCE_REF, last.map(report -> report.evidenceRef() == null ? ""
                : report.evidenceRef()).orElse(""));
        TaskForms.declare(task, fields);
    }

    @Override
    public void submit(DelegateTask task, String actor) {
        long taskId = RemediationFormContext.remediationTaskId(task);
        var form = TaskForms.takeSubmitted(task, RemediationFormContext.PROGRESS, RemediationFormContext.WORK_DONE,
                RemediationFormContext.EVIDENCE_REF);
        reports.report(taskId, form.get(RemediationFormContext.PROGRESS), form.get(RemediationFormContext.WORK_DONE),
                form.get(RemediationFormContext.EVIDENCE_REF), actor, task.getId());
    }
}
