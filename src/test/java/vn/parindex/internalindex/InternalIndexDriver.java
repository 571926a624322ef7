package vn.parindex.internalindex;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.parindex.internalindex.process.InternalIndexProcess;

/** Fills and completes the internal index tasks as Tasklist would, and removes every period after a test. */
@Component
public class InternalIndexDriver {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TaskService tasks;
    private final JdbcClient jdbc;

    InternalIndexDriver(TaskService tasks, JdbcClient jdbc) {
        this.tasks = tasks;
        this.jdbc = jdbc;
    }

    public Task task(String processInstanceId, String activity, String unitCode) {
        return openTasks(processInstanceId, activity).stream()
                .filter(task -> unitCode == null || unitCode.equals(tasks.getVariable(task.getId(), InternalIndexProcess.UNIT_CODE)))
                .findFirst().orElseThrow(() -> new AssertionError("no open " + activity + " for " + unitCode));
    }

    public List<Task> openTasks(String processInstanceId, String activity) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(activity).list();
    }

    /** The form's rows as the create listener prepared them. */
    public List<Map<String, Object>> rows(Task task) {
        Object value = tasks.getVariableLocal(task.getId(), InternalIndexProcess.ITEMS);
        try {
            return JSON.readValue(value.toString(), new TypeReference<>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Completes the task with its rows changed by {@code edit} (row, criterion code) and the extra form fields. */
    public void submitRows(Task task, BiConsumer<Map<String, Object>, String> edit, Map<String, Object> fields) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : rows(task)) {
            Map<String, Object> copy = new LinkedHashMap<>(row);
            edit.accept(copy, (String) row.get("code"));
            rows.add(copy);
        }
        Map<String, Object> variables = new HashMap<>(fields);
        variables.put(InternalIndexProcess.ITEMS, json(rows));
        tasks.complete(task.getId(), variables);
    }

    /** Self-scores from a list of points in the criteria's order, with an evidence reference each. */
    public void selfScore(Task task, double... points) {
        submitRows(task, (row, code) -> {
            row.put("score", points[Integer.parseInt(code) - 1]);
            row.put("evidenceRef", "Văn bản số " + code + "/BC");
        }, Map.of());
    }

    /** Appraises with the given changed scores (criterion code → score), each with a reason; the rest as proposed. */
    public void appraise(Task task, Map<String, Double> changes) {
        submitRows(task, (row, code) -> {
            if (changes.containsKey(code)) {
                row.put("appraisedScore", changes.get(code));
                row.put("appraisalNote", "Thiếu tài liệu kiểm chứng đầy đủ cho tiêu chí " + code);
            }
        }, Map.of());
    }

    public void explain(Task task, String decision, Map<String, String> explanations) {
        submitRows(task, (row, code) -> row.put("explanation", explanations.getOrDefault(code, "")),
                Map.of(InternalIndexProcess.DECISION, decision));
    }

    /**
     * The Chairman's approval as the form submits it: the decision and the number and date (today by the engine's
     * clock) of the decision that publishes the index.
     */
    public static Map<String, Object> approval(String decisionNumber) {
        return Map.of(InternalIndexProcess.DECISION, "APPROVE", "decisionNumber", decisionNumber, "decisionDate",
                org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant()
                        .atZone(vn.parindex.support.EngineClock.ZONE).toLocalDate().toString());
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Survey results: the same answers for every listed unit unless {@code perUnit} has the unit. */
    public static String survey(List<String> units, Map<String, Map<String, Object>> perUnit) {
        List<Object> entries = new ArrayList<>();
        for (String unit : units) {
            entries.add(perUnit.getOrDefault(unit, Map.of("unit", unit, "respondents", 4, "answers", Map.of(
                    "KS1", Map.of("A", 2, "B", 1, "D", 1), "KS2", Map.of("B", 4), "KS3", Map.of("C", 4)))));
        }
        return json(Map.of("options", List.of(Map.of("code", "A", "weight", 100), Map.of("code", "B", "weight", 60),
                Map.of("code", "C", "weight", 20), Map.of("code", "D", "weight", 0)), "units", entries));
    }

    public static BigDecimal points(String text) {
        return new BigDecimal(text);
    }

    public void removeAll() {
        for (String sql : new String[] {"delete from ii_result", "delete from decision_log where work_kind = 'INTERNAL_INDEX'", "delete from ii_survey_answer",
                "delete from ii_survey_unit", "delete from ii_survey_import", "delete from ii_explanation",
                "delete from ii_item_score", "delete from ii_period_unit", "delete from ii_period"}) {
            jdbc.sql(sql).update();
        }
    }
}
