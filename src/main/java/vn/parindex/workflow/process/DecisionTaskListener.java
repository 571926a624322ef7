package vn.parindex.workflow.process;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * A task on which someone approves or returns (a sign-off, a review, an approval): when created it shows its context
 * and subject and declares the decision fields; when completed the feature checks and records the decision with who
 * and when, and only the approved flag is handed to the gateway after the task.
 */
public interface DecisionTaskListener extends FormTaskListener {

    /** The flag the gateway after the task reads. */
    String approvedVariable();

    /** The context line and what is being decided on. */
    void showSubject(DelegateTask task);

    /** Checks the submitted decision (Vietnamese errors), records it, and tells whether it approves. */
    boolean decide(DelegateTask task, Object decision, Object comment, String actor);

    @Override
    default void show(DelegateTask task) {
        showSubject(task);
        TaskForms.declareDecisionFields(task);
    }

    @Override
    default void submit(DelegateTask task, String actor) {
        Map<String, Object> form = TaskForms.takeSubmitted(task, TaskForms.DECISION, TaskForms.COMMENT);
        boolean approved = decide(task, form.get(TaskForms.DECISION), form.get(TaskForms.COMMENT), actor);
        // local to the task's execution: a unit's flag in a multi-instance body never reaches the other units
        TaskExecutions.flowExecution(task).setVariableLocal(approvedVariable(), approved);
    }
}
