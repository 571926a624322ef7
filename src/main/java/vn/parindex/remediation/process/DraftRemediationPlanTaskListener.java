package vn.parindex.remediation.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.parindex.workflow.process.ProcessActor;
import vn.parindex.remediation.RemediationPlanService;

/**
 * SNV drafts the plan on our drafting page (Tasklist 7.24 cannot complete a form with an editable dynamic list) and
 * completes this task to submit the saved draft to the Chairman: the form shows the draft, the server checks it.
 */
@Component
public class DraftRemediationPlanTaskListener implements TaskListener {

    private final RemediationFormContext context;
    private final RemediationPlanService plans;

    DraftRemediationPlanTaskListener(RemediationFormContext context, RemediationPlanService plans) {
        this.context = context;
        this.plans = plans;
    }

    @Override
    public void notify(DelegateTask task) {
        long planId = RemediationFormContext.planId(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            context.show(task, null, plans.pendingPlanReturn(planId).map(comment -> "Chủ tịch UBND tỉnh trả lại: " + comment)
                    .orElse(""));
            task.setVariablesLocal(context.planVariables(planId));
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            plans.submit(planId, ProcessActor.of(task), task.getId());
        }
    }
}
