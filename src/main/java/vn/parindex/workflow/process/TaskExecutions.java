package vn.parindex.workflow.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * Where a task listener leaves a flag for the gateway after the task. A user task with a timeout listener (its notice
 * timer) or a boundary event runs in a scope execution of its own, which ends with the task: a variable set local to
 * it would be gone by the time the gateway reads it. The flow continues in that execution's parent.
 */
public final class TaskExecutions {

    private TaskExecutions() {
    }

    /** The execution the process continues in after the task: the parent of the task's own scope, else its execution. */
    public static DelegateExecution flowExecution(DelegateTask task) {
        ExecutionEntity execution = (ExecutionEntity) task.getExecution();
        ExecutionEntity parent = execution.getParent();
        boolean ownScope = parent != null && execution.getActivity() != null && execution.getActivity().isScope()
                && task.getTaskDefinitionKey().equals(execution.getActivity().getId());
        return ownScope ? parent : execution;
    }
}
