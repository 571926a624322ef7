package vn.parindex.workflow.process;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * A task on which someone approves or returns (a sign-off, a review, an approval): when created it shows its context
 * and subject and declares the decision fields; when completed the feature checks and records the decision with who
 * and when, and only the approved flag is handed to the gateway after the task.
 */
public abstract class DecisionTaskListener implements TaskListener {

    private final String approvedVariable;
    private final boolean flagOnInstance;

    /** {@code flagOnInstance}: the flag is a process variable, not local to the task's execution. */
    protected DecisionTaskListener(String approvedVariable, boolean flagOnInstance) {
        this.approvedVariable = approvedVariable;
        this.flagOnInstance = flagOnInstance;
    }

    protected DecisionTaskListener(String approvedVariable) {
        this(approvedVariable, false);
    }

    /** The context line and what is being decided on. */
    protected abstract void show(DelegateTask task);

    /** Checks the submitted decision (Vietnamese errors), records it, and tells whether it approves. */
    protected abstract boolean decide(DelegateTask task, Object decision, Object comment, String actor);

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            show(task);
            TaskForms.declareDecisionFields(task);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            Map<String, Object> form = TaskForms.takeSubmitted(task, TaskForms.DECISION, TaskForms.COMMENT);
            boolean approved = decide(task, form.get(TaskForms.DECISION), form.get(TaskForms.COMMENT),
                    ProcessActor.of(task));
            if (flagOnInstance) {
                task.getExecution().setVariable(approvedVariable, approved);
            } else {
                task.getExecution().setVariableLocal(approvedVariable, approved);
            }
        }
    }
}
