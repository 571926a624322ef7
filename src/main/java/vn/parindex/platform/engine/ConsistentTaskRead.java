package vn.parindex.platform.engine;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * A completion completes the task where the process waits for it, or fails as a lost race. The engine reads a task
 * and, later in the same command, the task's execution, each with a statement of its own; under READ COMMITTED a
 * colleague's completion of the same task can commit in between. The execution read then already waits at the next
 * task (after the plan, the head's sign-off), and Camunda 7 completes a user task by signalling its execution without
 * asking where it waits: the late completion would leave the colleague's next task and run the gateway after it on a
 * flag nobody has decided yet ("Unknown property used in expression: ${planSignedOff}", a 500 for the user instead
 * of the conflict). So before a completion or form submission runs, the task, its variables, its execution and the
 * execution's open tasks are read into the command's entity cache, in that order, and the task must be among those
 * open tasks: when a colleague's commit came in between, it is not, and the command fails as the lost race it is
 * (an {@link OptimisticLockingException}: {@link TaskWorkRetry} runs it again, and the new attempt finds the task
 * gone and tells the user). A commit after these reads changes nothing the command then reads of the task, and the
 * command fails at its flush on the task's revision, as any lost race does.
 */
final class ConsistentTaskRead extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
        if (command instanceof SubmitTaskFormCmd || command instanceof CompleteTaskCmd) {
            check(TaskCommands.taskIdOf(command), Context.getCommandContext());
        }
        return next.execute(command);
    }

    static void check(String taskId, CommandContext context) {
        if (taskId == null || context == null) {
            return;
        }
        TaskEntity task = context.getTaskManager().findTaskById(taskId);
        if (task == null || task.getExecutionId() == null) {
            return; // the command itself reports a missing task; a standalone task has no execution to move
        }
        task.getVariableNamesLocal(); // the form's fields, read before the execution like the task itself
        ExecutionEntity execution = context.getExecutionManager().findExecutionById(task.getExecutionId());
        if (execution == null || !execution.getTasks().contains(task)) {
            throw new OptimisticLockingException("Task " + taskId + " was completed by another transaction while this one"
                    + " read it: its execution " + (execution == null ? "has ended" : "waits at " + execution.getActivityId()));
        }
    }
}
