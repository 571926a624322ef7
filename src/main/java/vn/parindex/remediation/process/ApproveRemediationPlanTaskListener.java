package vn.parindex.remediation.process;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.parindex.cycle.process.ProcessActor;
import vn.parindex.cycle.process.TaskFormContext;
import vn.parindex.remediation.RemediationPlanService;

/** The Chairman (or the delegated Vice-chairman) approves the plan, or returns it to SNV with a comment. */
@Component
public class ApproveRemediationPlanTaskListener implements TaskListener {

    private final RemediationFormContext context;
    private final RemediationPlanService plans;

    ApproveRemediationPlanTaskListener(RemediationFormContext context, RemediationPlanService plans) {
        this.context = context;
        this.plans = plans;
    }

    @Override
    public void notify(DelegateTask task) {
        long planId = RemediationFormContext.planId(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            context.show(task, null, "");
            task.setVariablesLocal(context.planVariables(planId));
            RemediationFormContext.declare(task, decisionFields());
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            var form = TaskFormContext.takeSubmitted(task, RemediationFormContext.DECISION, RemediationFormContext.COMMENT);
            boolean approved = plans.decideApproval(planId, form.get(RemediationFormContext.DECISION),
                    form.get(RemediationFormContext.COMMENT), ProcessActor.of(task), task.getId());
            task.getExecution().setVariable(RemediationProcess.PLAN_APPROVED, approved);
        }
    }

    static Map<String, Object> decisionFields() {
        java.util.HashMap<String, Object> fields = new java.util.HashMap<>();
        fields.put(RemediationFormContext.DECISION, null);
        fields.put(RemediationFormContext.COMMENT, "");
        return fields;
    }
}
