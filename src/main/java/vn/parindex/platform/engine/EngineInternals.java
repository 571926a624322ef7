package vn.parindex.platform.engine;

import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The few things the deadline machinery needs from inside the engine, which its public API does not offer: a task as
 * the running command sees it (created in the same transaction), a task's due date as its model's expression gives it
 * now, and running work inside a command. (The engine's clock and work without authorization checks are the workflow
 * kernel's: WorkflowClock, AsSystem.) Features reach the engine's internals only through this class and the kernel
 * (ArchitectureTest).
 */
@Component
public class EngineInternals {

    /**
     * An open task: its due date, the variables asked for (null when unset), its candidate groups and when it was
     * created (the engine's clock).
     */
    public record OpenTask(String id, String name, Date dueDate, Map<String, Object> variables,
                           List<String> candidateGroups, Date createTime) {
    }

    private final ProcessEngine engine;

    EngineInternals(@Lazy ProcessEngine engine) {
        this.engine = engine;
    }

    /**
     * Inside a running command: the task through the command's entity cache, so a task created in the same
     * transaction is visible; empty when it is gone, has no due date or no execution.
     */
    public static Optional<OpenTask> openTask(String taskId, String... variableNames) {
        TaskEntity task = Context.getCommandContext().getTaskManager().findTaskById(taskId);
        if (task == null || task.getDueDate() == null || task.getExecution() == null) {
            return Optional.empty();
        }
        Map<String, Object> variables = new HashMap<>();
        for (String name : variableNames) {
            variables.put(name, task.getVariable(name));
        }
        List<String> groups = task.getIdentityLinks().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId()).toList();
        return Optional.of(new OpenTask(task.getId(), task.getName(), task.getDueDate(),
                Collections.unmodifiableMap(variables), groups, task.getCreateTime()));
    }

    /** Runs {@code work} in a command of its own (joining the caller's transaction), for {@link #openTask}. */
    public <T> T inCommand(Supplier<T> work) {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                .execute(context -> work.get());
    }

    /** The task's due date as its model's expression gives it now, or null when it has none. */
    public Date dueDateByModel(String taskId) {
        return inCommand(() -> {
            TaskEntity task = Context.getCommandContext().getTaskManager().findTaskById(taskId);
            Expression expression = task.getTaskDefinition() == null ? null : task.getTaskDefinition().getDueDateExpression();
            Object value = expression == null || task.getExecution() == null ? null : expression.getValue(task.getExecution());
            return value instanceof Date date ? date : null;
        });
    }
}
