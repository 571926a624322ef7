package vn.parindex.remediation.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.parindex.cycle.process.ProcessActor;
import vn.parindex.cycle.process.TaskFormContext;
import vn.parindex.remediation.RemediationPlanService;
import vn.parindex.remediation.RemediationTask;
import vn.parindex.remediation.ReportPeriod;

/** SNV accepts a unit's report on a task, or returns it with what is missing. */
@Component
public class ReviewRemediationReportTaskListener implements TaskListener {

    private final RemediationFormContext context;
    private final RemediationPlanService plans;

    ReviewRemediationReportTaskListener(RemediationFormContext context, RemediationPlanService plans) {
        this.context = context;
        this.plans = plans;
    }

    @Override
    public void notify(DelegateTask task) {
        long taskId = RemediationFormContext.remediationTaskId(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            ReportPeriod period = plans.requireCurrentPeriod(taskId);
            RemediationTask remediationTask = plans.task(taskId);
            context.show(task, remediationTask.unitCode(), "");
            context.showTask(task, remediationTask, period);
            task.setVariableLocal(RemediationFormContext.REPORT_TEXT, plans.latestReport(period.id())
                    .map(context::reportText).orElse(""));
            RemediationFormContext.declare(task, ApproveRemediationPlanTaskListener.decisionFields());
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            var form = TaskFormContext.takeSubmitted(task, RemediationFormContext.DECISION, RemediationFormContext.COMMENT);
            boolean accepted = plans.review(taskId, form.get(RemediationFormContext.DECISION),
                    form.get(RemediationFormContext.COMMENT), ProcessActor.of(task), task.getId());
            task.getExecution().setVariableLocal(RemediationProcess.REPORT_ACCEPTED, accepted);
        }
    }
}
