package vn.parindex.workflow.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;
import vn.parindex.common.ValidationException;
import vn.parindex.common.VietnameseFormat;

/**
 * What every task form of ours shares: the context line (whose task, the due date, a pending return), the decision
 * fields, and reading what the form submitted. What a form only shows lives in ONE task-local Json variable,
 * {@code taskInfo} (the forms read {@code taskInfo.unitName} and so on), never in the process instance and never as a
 * variable per text; each feature adds its own lines (year, province, the period). Besides it the task carries only
 * {@code subject}, the short line Tasklist's list shows under each task (a list column cannot read into Json).
 */
@Component
@RequiredArgsConstructor
public class TaskForms {

    public static final String UNIT_CODE = "unitCode";
    /** The task-local Json context the forms read ({@code {{taskInfo.unitName}}}). */
    public static final String TASK_INFO = "taskInfo";
    /** The task-local line Tasklist's task list shows (whose task, for which year or period). */
    public static final String SUBJECT = "subject";
    // keys inside taskInfo
    public static final String UNIT_NAME = "unitName";
    public static final String DUE_DATE_TEXT = "dueDateText";
    public static final String RETURN_COMMENT = "returnComment";
    public static final String DECISION = "decision";
    public static final String COMMENT = "comment";
    /** Whose task it is on the province's own tasks. */
    public static final String PROVINCE_OFFICE = "Sở Nội vụ (tổng hợp của tỉnh)";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ZoneId zone;

    /** The zone dates on forms are shown in. */
    public ZoneId zone() {
        return zone;
    }

    /** The id of our business row that the process holds in {@code variable}. */
    public static long id(DelegateTask task, String variable) {
        return ((Number) task.getVariable(variable)).longValue();
    }

    /** The unit the task belongs to, or null for province-level tasks. */
    public static String unitCode(DelegateTask task) {
        Object unit = task.getVariable(UNIT_CODE);
        return unit == null ? null : unit.toString();
    }

    /** The context line: whose task, when it is due, and (unless null) the comment of a pending return. */
    public void showContext(DelegateTask task, String unitName, String returnComment) {
        Map<String, Object> lines = new LinkedHashMap<>();
        lines.put(UNIT_NAME, unitName);
        lines.put(DUE_DATE_TEXT, task.getDueDate() == null ? "" : VietnameseFormat.dateTime(
                task.getDueDate().toInstant().atZone(zone).toOffsetDateTime(), zone));
        if (returnComment != null) {
            lines.put(RETURN_COMMENT, returnComment);
        }
        addInfo(task, lines);
        task.setVariableLocal(SUBJECT, unitName);
    }

    /** Adds lines to the task's context (one Json variable, rewritten whole). */
    public static void addInfo(DelegateTask task, Map<String, ?> lines) {
        Map<String, Object> info = info(task);
        info.putAll(lines);
        task.setVariableLocal(TASK_INFO, json(info));
    }

    public static void addInfo(DelegateTask task, String key, Object value) {
        Map<String, Object> line = new HashMap<>();
        line.put(key, value);
        addInfo(task, line);
    }

    /** Appends to the list line of the task, e.g. the year after the unit. */
    public static void addToSubject(DelegateTask task, String more) {
        Object subject = task.getVariableLocal(SUBJECT);
        task.setVariableLocal(SUBJECT, subject == null ? more : subject + " · " + more);
    }

    /** The task's context so far (empty when none), by key. */
    public static Map<String, Object> info(DelegateTask task) {
        TypedValue value = task.getVariableLocalTyped(TASK_INFO, false);
        return infoOf(value);
    }

    /** A task's context read through the API ({@code getVariableLocalTyped(taskId, TASK_INFO, false)}). */
    public static Map<String, Object> infoOf(TypedValue value) {
        if (value == null) {
            return new LinkedHashMap<>();
        }
        try {
            return JSON.readValue(((SerializableValue) value).getValueSerialized(), new TypeReference<LinkedHashMap<String, Object>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What the form submitted for a key. Tasklist's submit-form writes onto the task (the keys are declared
     * task-local); {@code TaskService.complete} writes onto the execution, so both are read here.
     */
    public static Object submitted(DelegateTask task, String key) {
        return task.getExecution().hasVariable(key) ? task.getExecution().getVariable(key) : task.getVariableLocal(key);
    }

    public static TypedValue submittedTyped(DelegateTask task, String key) {
        return task.getExecution().hasVariable(key) ? task.getExecution().getVariableTyped(key, false)
                : task.getVariableLocalTyped(key, false);
    }

    /** Reads all submitted keys into a map, then removes any copy that landed outside the task. */
    public static Map<String, Object> takeSubmitted(DelegateTask task, String... keys) {
        Map<String, Object> values = new HashMap<>();
        for (String key : keys) {
            values.put(key, submitted(task, key));
            if (task.getExecution().hasVariable(key)) {
                task.getExecution().removeVariable(key);
            }
        }
        return values;
    }

    /** A Json variable for a form's table (form-js binds lists of rows to it). */
    public static JsonValue json(Object value) {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads a submitted table: a Json variable from Tasklist, or a JSON string from the API. A Json variable is read
     * serialized, since getValue() would parse it and fail in English on malformed JSON.
     */
    public static List<Map<String, Object>> rows(TypedValue submitted, String missing, String malformed) {
        if (submitted == null || !(submitted instanceof SerializableValue) && submitted.getValue() == null) {
            throw new ValidationException(missing);
        }
        String text = submitted instanceof SerializableValue serializable && serializable.getValueSerialized() != null
                ? serializable.getValueSerialized()
                : submitted.getValue().toString();
        try {
            return JSON.readValue(text, new TypeReference<>() {
            });
        } catch (JsonProcessingException e) {
            throw new ValidationException(malformed);
        }
    }

    /** Declares the form's keys task-local, so a submission stays on the task and never races other units. */
    public static void declare(DelegateTask task, Map<String, Object> initialValues) {
        initialValues.forEach(task::setVariableLocal);
    }

    /** Declares the decision fields (none chosen, no comment) task-local. */
    public static void declareDecisionFields(DelegateTask task) {
        task.setVariableLocal(DECISION, null);
        task.setVariableLocal(COMMENT, "");
    }
}
