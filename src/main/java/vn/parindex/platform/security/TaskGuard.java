package vn.parindex.platform.security;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetTaskPropertyCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import vn.parindex.common.Quoted;
import vn.parindex.common.ValidationException;
import vn.parindex.workflow.process.TaskForms;

/**
 * What a user may write through a task. Whoever may work on a task may set variables through it (submit-form,
 * complete, the task's variables in the REST API), and the engine writes a name the task does not hold onto the
 * execution or the process instance: an officer could rename the task's unit ({@code unitCode}), point it at another
 * cycle, or shadow a bean that the cycle's expressions call, and break the cycle for every unit. So a user's input
 * through a task may only name the task's own form fields, the task-local variables its {@code create} listener
 * declared; anything else is refused and nothing is stored. BPMN errors and escalations are refused too: no user task
 * of ours catches one, and an uncaught error would silently end the unit's branch of the cycle. The engine's own work
 * and our services acting as the system (no authenticated user) are not affected.
 * <p>
 * Candidates get TASK_WORK on their tasks, not UPDATE (so nobody moves their own due date or hands a task to another
 * unit's group); TASK_WORK alone would not let the assignee give a task back either, so the assignee's own
 * unclaim runs here without the engine's authorization check. TASK_WORK does let a candidate claim a task "for"
 * anybody (the engine checks the caller, not whom the task goes to), which would hand a unit's sheet to another unit's
 * user: a user claims only for themself (administrators excepted, who may set any assignee anyway). Tasks of a
 * process are never deleted by a user, and Java-serialized values are refused in Vietnamese before the engine's
 * English ENGINE-17007. What a form submits in a Json list (a score sheet's rows) is reduced to the fields of the
 * rows the task offered ({@link SubmittedRows}), so no unknown key is stored.
 */
final class TaskGuard extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
        CommandContext context = Context.getCommandContext();
        check(command, context);
        if (isOwnUnclaim(command, context)) {
            return context.runWithoutAuthorization(() -> next.execute(command));
        }
        return next.execute(command);
    }

    /** The assignee gives the task back (Tasklist's "unclaim": the assignee set to nobody). */
    static boolean isOwnUnclaim(Command<?> command, CommandContext context) {
        if (!(command instanceof AssignTaskCmd) || context == null || context.getAuthenticatedUserId() == null
                || TaskInput.read(command, AbstractAddIdentityLinkCmd.class, "userId") != null) {
            return false;
        }
        TaskEntity task = context.getTaskManager().findTaskById(TaskInput.read(command, AbstractSetTaskPropertyCmd.class, "taskId"));
        return task != null && context.getAuthenticatedUserId().equals(task.getAssignee());
    }

    static void check(Command<?> command, CommandContext context) {
        if (context == null || context.getAuthenticatedUserId() == null) {
            return;
        }
        if (command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd) {
            throw new TaskActionRefusedException("Công việc của kỳ đánh giá chỉ kết thúc khi biểu mẫu được hoàn thành; không thể"
                    + " báo lỗi hay chuyển cấp (BPMN error, escalation) cho công việc này.");
        }
        if (command instanceof ClaimTaskCmd && !isAdministrator(context)) {
            String claimant = TaskInput.read(command, ClaimTaskCmd.class, "userId");
            if (claimant != null && !claimant.equals(context.getAuthenticatedUserId())) {
                throw new TaskActionRefusedException("Bạn chỉ có thể nhận công việc cho chính mình; không thể giao công việc"
                        + " cho người khác (\"" + Quoted.shortly(claimant) + "\").");
            }
        }
        if (command instanceof DeleteTaskCmd && !isAdministrator(context)) {
            throw new TaskActionRefusedException("Không thể xóa công việc của quy trình; công việc chỉ kết thúc khi biểu mẫu"
                    + " được hoàn thành.");
        }
        TaskInput input = TaskInput.of(command);
        if (input == null || input.names().isEmpty()) {
            return;
        }
        TaskEntity task = context.getTaskManager().findTaskById(input.taskId());
        if (task == null) {
            return; // the command itself reports a task that does not exist
        }
        Set<String> declared = new TreeSet<>(task.getVariableNamesLocal());
        declared.removeAll(READ_ONLY); // what the form shows is written by the task's listener only
        Set<String> undeclared = new TreeSet<>(input.names());
        undeclared.removeAll(declared);
        if (!undeclared.isEmpty()) {
            throw new ValidationException("Dữ liệu gửi lên có trường không thuộc biểu mẫu của công việc này ("
                    + Quoted.shortly(String.join(", ", undeclared)) + "); không có gì được lưu. Vui lòng tải lại công việc"
                    + " và nhập lại.");
        }
        Map<String, Object> values = input.values();
        if (values == null) {
            return;
        }
        for (String name : input.names()) {
            TypedValue submitted = typed(values, name);
            if (submitted instanceof ObjectValue object && !object.isDeserialized()
                    && JAVA_SERIALIZED.equals(object.getSerializationDataFormat())) {
                throw new ValidationException("Dữ liệu gửi lên cho trường \"" + Quoted.shortly(name) + "\" có kiểu không được"
                        + " chấp nhận (đối tượng Java); không có gì được lưu.");
            }
            TypedValue reduced = SubmittedRows.reduce(submitted, task.getVariableLocalTyped(name, false));
            if (reduced != submitted) {
                values.put(name, reduced);
            }
        }
    }

    /** The submitted value as the engine holds it, serialized values not parsed. */
    private static TypedValue typed(Map<String, Object> values, String name) {
        if (values instanceof VariableMap variables) {
            return variables.getValueTyped(name);
        }
        return values.get(name) instanceof TypedValue typed ? typed : null;
    }

    /** Task-local variables that only show something (the form's context, the task list's line): never user input. */
    private static final Set<String> READ_ONLY = Set.of(TaskForms.TASK_INFO, TaskForms.SUBJECT);

    private static final String JAVA_SERIALIZED = "application/x-java-serialized-object";

    private static boolean isAdministrator(CommandContext context) {
        return context.getAuthorizationManager().isCamundaAdmin(context.getAuthentication());
    }

    /**
     * The task a command writes through, the variable names it writes or removes, and for a form submission or a
     * completion the submitted values (to clean up before they are stored; null for other commands); null for commands
     * that write no task input.
     */
    record TaskInput(String taskId, Collection<String> names, Map<String, Object> values) {

        TaskInput(String taskId, Collection<String> names) {
            this(taskId, names, null);
        }

        static TaskInput of(Command<?> command) {
            if (command instanceof SubmitTaskFormCmd) {
                Map<String, Object> properties = read(command, SubmitTaskFormCmd.class, "properties");
                return new TaskInput(read(command, SubmitTaskFormCmd.class, "taskId"), keys(properties), properties);
            }
            if (command instanceof CompleteTaskCmd) { // also ResolveTaskCmd
                Map<String, Object> variables = read(command, CompleteTaskCmd.class, "variables");
                return new TaskInput(read(command, CompleteTaskCmd.class, "taskId"), keys(variables), variables);
            }
            if (command instanceof SetTaskVariablesCmd) {
                return new TaskInput(read(command, AbstractVariableCmd.class, "entityId"),
                        keys(read(command, AbstractSetVariableCmd.class, "variables")));
            }
            if (command instanceof RemoveTaskVariablesCmd) {
                return new TaskInput(read(command, AbstractVariableCmd.class, "entityId"),
                        read(command, AbstractRemoveVariableCmd.class, "variableNames"));
            }
            if (command instanceof PatchTaskVariablesCmd) {
                List<String> names = new ArrayList<>(keys(read(command, AbstractPatchVariablesCmd.class, "variables")));
                Collection<String> deletions = read(command, AbstractPatchVariablesCmd.class, "deletions");
                if (deletions != null) {
                    names.addAll(deletions);
                }
                return new TaskInput(read(command, AbstractPatchVariablesCmd.class, "entityId"), names);
            }
            return null;
        }

        private static Collection<String> keys(Map<String, ?> variables) {
            return variables == null ? List.of() : List.copyOf(variables.keySet());
        }

        @SuppressWarnings("unchecked")
        static <V> V read(Object command, Class<?> declaringClass, String name) {
            try {
                Field field = declaringClass.getDeclaredField(name);
                field.setAccessible(true);
                return (V) field.get(command);
            } catch (ReflectiveOperationException e) {
                // the engine's command changed shape (an upgrade): refuse rather than let unchecked input through
                throw new IllegalStateException("TaskGuard cannot read " + declaringClass.getSimpleName() + "." + name, e);
            }
        }
    }
}
