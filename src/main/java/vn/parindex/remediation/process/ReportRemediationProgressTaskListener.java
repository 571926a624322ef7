package vn.parindex.remediation.process;

import vn.parindex.workflow.process.TaskForms;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.parindex.workflow.process.ProcessActor;
import vn.parindex.cycle.process.TaskFormContext;
import vn.parindex.remediation.ProgressReport;
import vn.parindex.remediation.RemediationPlanService;
import vn.parindex.remediation.RemediationTask;
import vn.parindex.remediation.ReportPeriod;

/**
 * The responsible unit's officers report on a task (status, what was done, evidence); after SNV's return the form is
 * prefilled with the last report and shows SNV's comment. Checked on the server, stored in our tables.
 */
@Component
public class ReportRemediationProgressTaskListener implements TaskListener {

    private final RemediationFormContext context;
    private final RemediationPlanService plans;

    ReportRemediationProgressTaskListener(RemediationFormContext context, RemediationPlanService plans) {
        this.context = context;
        this.plans = plans;
    }

    @Override
    public void notify(DelegateTask task) {
        long taskId = RemediationFormContext.remediationTaskId(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            ReportPeriod period = plans.openCurrentPeriod(taskId);
            RemediationTask remediationTask = plans.task(taskId);
            context.show(task, remediationTask.unitCode(), plans.pendingReportReturn(remediationTask.planId(), period.id())
                    .map(comment -> "Sở Nội vụ trả lại: " + comment).orElse(""));
            context.showTask(task, remediationTask, period);
            var last = plans.latestReport(period.id());
            Map<String, Object> fields = new HashMap<>();
            fields.put(RemediationFormContext.PROGRESS, last.map(report -> report.progress().name()).orElse(null));
            fields.put(RemediationFormContext.WORK_DONE, last.map(ProgressReport::workDone).orElse(""));
            fields.put(RemediationFormContext.EVIDENCE_REF, last.map(report -> report.evidenceRef() == null ? ""
                    : report.evidenceRef()).orElse(""));
            TaskForms.declare(task, fields);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            var form = TaskForms.takeSubmitted(task, RemediationFormContext.PROGRESS, RemediationFormContext.WORK_DONE,
                    RemediationFormContext.EVIDENCE_REF);
            plans.report(taskId, form.get(RemediationFormContext.PROGRESS), form.get(RemediationFormContext.WORK_DONE),
                    form.get(RemediationFormContext.EVIDENCE_REF), ProcessActor.of(task), task.getId());
        }
    }
}
