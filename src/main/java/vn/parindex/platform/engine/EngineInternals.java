package vn.parindex.platform.engine;

import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.jobexecutor.TimerDeclarationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.TimerEventJobHandler.TimerJobConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.TimerTaskListenerJobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The few things the deadline machinery needs from inside the engine, which its public API does not offer: a task as
 * the running command sees it (created in the same transaction), a task's due date as its model's expression gives it
 * now, a user task's timeout-listener timer scheduled again for its next step, and running work inside a command. (The engine's clock and work without authorization checks are the workflow
 * kernel's: WorkflowClock, AsSystem.) Features reach the engine's internals only through this class and the kernel
 * (ArchitectureTest).
 */
@Component
public class EngineInternals {

    /**
     * An open task: its due date, the process variables asked for (null when unset; read from the task's execution,
     * not task-local), its candidate groups and when it was created (the engine's clock).
     */
    public record OpenTask(String id, String name, Date dueDate, Map<String, Object> variables,
                           List<String> candidateGroups, Date createTime) {
    }

    /**
     * The next step of a user task's notice timer (reminders and escalations): a task-local variable, so it ends with
     * the task (in a model from before {@link TaskTimersWithoutScope}, an execution-local variable of the task's own
     * scope execution); left out of history (EngineTuning).
     */
    public static final String NOTICE_STEP = "noticeStep";

    /**
     * The id of the notice timer's timeout listener in the models (its timer job's secondary key), by which
     * EngineTuning recognises the timer's job-log rows.
     */
    public static final String NOTICE_LISTENER_ID = "taskListener_notice";

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
        return Optional.of(openTask(task, variableNames));
    }

    /**
     * The user task an execution is at (its execution, or its own scope in a model from before
     * {@link TaskTimersWithoutScope}), with its due date (null when it has none); empty before the task exists: in
     * those older models the engine creates a timeout listener's timer when the activity starts, before its task.
     */
    public static Optional<OpenTask> taskOf(DelegateExecution execution, String... variableNames) {
        return taskEntityOf((ExecutionEntity) execution).map(task -> openTask(task, variableNames));
    }

    private static Optional<TaskEntity> taskEntityOf(ExecutionEntity execution) {
        return execution.getTasks().stream()
                .filter(task -> task.getTaskDefinitionKey().equals(execution.getCurrentActivityId()))
                .findFirst();
    }

    /** The notice step ({@link #NOTICE_STEP}) of the user task {@code execution} is at; 0 when none is set. */
    public static int noticeStep(DelegateExecution execution) {
        Object step = noticeStepHolder((ExecutionEntity) execution).map(holder -> holder.getVariableLocal(NOTICE_STEP))
                .orElse(null);
        return step == null ? 0 : ((Number) step).intValue();
    }

    /**
     * Where the task's notice step is kept: the task (empty before it exists), or, in a model from before
     * {@link TaskTimersWithoutScope} (the task's activity is a scope), the task's own scope execution.
     */
    private static Optional<VariableScope> noticeStepHolder(ExecutionEntity execution) {
        ActivityImpl activity = execution.getActivity();
        if (activity != null && activity.isScope()) {
            return Optional.of(execution);
        }
        return taskEntityOf(execution).map(VariableScope.class::cast);
    }

    private static OpenTask openTask(TaskEntity task, String... variableNames) {
        Map<String, Object> variables = new HashMap<>();
        for (String name : variableNames) {
            // the ids and keys asked for live in the process, never task-local (a task holds only its form's texts
            // and fields): read from the task's execution, which spares loading the task's own variables (issue 17)
            variables.put(name, task.getExecution().getVariable(name));
        }
        List<String> groups = task.getIdentityLinks().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId()).toList();
        return new OpenTask(task.getId(), task.getName(), task.getDueDate(),
                Collections.unmodifiableMap(variables), groups, task.getCreateTime());
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
            return task.getExecution() == null ? null : dueDateByModel(task.getExecution());
        });
    }

    /**
     * The due date the user task of {@code execution} (its activity) will get from its model's expression, evaluated
     * on that execution: for a timer declared before the task exists. Null when the model gives none.
     */
    public static Date dueDateByModel(DelegateExecution execution) {
        ActivityImpl activity = ((ExecutionEntity) execution).getActivity();
        if (activity == null || !(activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask)) {
            return null;
        }
        Expression expression = userTask.getTaskDefinition().getDueDateExpression();
        Object value = expression == null ? null : expression.getValue(execution);
        return value instanceof Date date ? date : null;
    }

    /**
     * Inside a running command: creates the timer of the timeout listener {@code listenerId} of the user task
     * {@code execution} is at again (a {@code timeDate} timer fires once), with {@link #NOTICE_STEP} set to
     * {@code step} first, so the timer's date expression gives the date of that step. False when the task's model has
     * no such listener (a model deployed before it).
     */
    public static boolean scheduleTimeoutListener(DelegateExecution execution, String listenerId, int step) {
        ExecutionEntity scope = (ExecutionEntity) execution;
        TimerDeclarationImpl declaration = timeoutListenerDeclaration(scope, listenerId);
        Optional<VariableScope> stepHolder = noticeStepHolder(scope);
        if (declaration == null || stepHolder.isEmpty()) {
            return false;
        }
        stepHolder.get().setVariableLocal(NOTICE_STEP, step);
        declaration.createTimerInstance(scope);
        return true;
    }

    /**
     * Inside a running command: moves the pending timer of the timeout listener {@code listenerId} of the user task
     * {@code execution} is at to {@code step}, setting {@link #NOTICE_STEP} and evaluating the timer's date expression
     * again on the same job (no second timer). Used in the task's create listener, while the timer created with the
     * task is not yet written. False when there is no such listener or timer.
     */
    public static boolean rescheduleTimeoutListener(DelegateExecution execution, String listenerId, int step) {
        ExecutionEntity scope = (ExecutionEntity) execution;
        TimerDeclarationImpl declaration = timeoutListenerDeclaration(scope, listenerId);
        Optional<TimerEntity> timer = declaration == null ? Optional.empty() : scope.getJobs().stream()
                .filter(job -> job instanceof TimerEntity && isTimeoutListenerTimer(job, listenerId)
                        && isTimeoutListenerTimerOf(job, scope.getActivityId()))
                .map(TimerEntity.class::cast).findFirst();
        Optional<VariableScope> stepHolder = noticeStepHolder(scope);
        if (timer.isEmpty() || stepHolder.isEmpty()) {
            return false;
        }
        stepHolder.get().setVariableLocal(NOTICE_STEP, step);
        declaration.resolveAndSetDuedate(scope, timer.get(), false);
        return true;
    }

    /** Whether {@code job} is the timer of the timeout listener {@code listenerId} (the job's secondary key). */
    static boolean isTimeoutListenerTimer(JobEntity job, String listenerId) {
        return timeoutListenerTimer(job).filter(timer -> listenerId.equals(timer.getTimerElementSecondaryKey()))
                .isPresent();
    }

    /**
     * Whether {@code job} is a timer of a timeout listener of the user task {@code activityId} (the job's key; read
     * from its configuration, which spares loading its job definition).
     */
    static boolean isTimeoutListenerTimerOf(JobEntity job, String activityId) {
        return timeoutListenerTimer(job).filter(timer -> activityId.equals(timer.getTimerElementKey())).isPresent();
    }

    private static Optional<TimerJobConfiguration> timeoutListenerTimer(JobEntity job) {
        if (!TimerTaskListenerJobHandler.TYPE.equals(job.getJobHandlerType())
                || job.getJobHandlerConfigurationRaw() == null) {
            return Optional.empty();
        }
        return Optional.of(new TimerTaskListenerJobHandler().newConfiguration(job.getJobHandlerConfigurationRaw()));
    }

    /** The timeout listeners' timer declarations of the user task {@code activity}, by listener id. */
    static Map<String, TimerDeclarationImpl> timeoutListenerDeclarations(ActivityImpl activity) {
        return TimerDeclarationImpl.getTimeoutListenerDeclarationsForScope(activity.getEventScope())
                .getOrDefault(activity.getId(), Map.of());
    }

    private static TimerDeclarationImpl timeoutListenerDeclaration(ExecutionEntity scope, String listenerId) {
        ActivityImpl activity = scope.getActivity();
        return activity == null ? null : timeoutListenerDeclarations(activity).get(listenerId);
    }

    /** {@link #scheduleTimeoutListener} for the execution of an open task, in a command of its own. */
    public boolean scheduleTimeoutListener(String taskId, String listenerId, int step) {
        return inCommand(() -> {
            TaskEntity task = Context.getCommandContext().getTaskManager().findTaskById(taskId);
            return task != null && task.getExecution() != null
                    && scheduleTimeoutListener(task.getExecution(), listenerId, step);
        });
    }
}
