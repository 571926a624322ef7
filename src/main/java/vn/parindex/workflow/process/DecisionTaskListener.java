package vn.parindex.workflow.process;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * A task on which someone approves or returns (a sign-off, a review, an approval): when created it shows its context
 * and subject and declares the decision fields; when completed the feature checks and records the decision with who
 * and when, and only the approved flag is handed to the gateway after the task.
 */
public abstract class DecisionTaskListener extends FormTaskListener {

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
    protected abstract void showSubject(DelegateTask task);

    /** Checks the submitted decision (Vietnamese errors), records it, and tells whether it approves. */
    protected abstract boolean decide(DelegateTask task, Object decision, Object comment, String actor);

    @Override
    protected final void show(DelegateTask task) {
        showSubject(task);
        TaskForms.declareDecisionFields(task);
    }

    @Override
    protected final void submit(DelegateTask task, String actor) {
        Map<String, Object> form = TaskForms.takeSubmitted(task, TaskForms.DECISION, TaskForms.COMMENT);
        boolean approved = decide(task, form.get(TaskForms.DECISION), form.get(TaskForms.COMMENT), actor);
        if (flagOnInstance) {
            task.getExecution().setVariable(approvedVariable, approved);
        } else {
            task.getExecution().setVariableLocal(approvedVariable, approved);
        }
    }
}
