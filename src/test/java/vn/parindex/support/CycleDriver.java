package vn.parindex.support;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import vn.parindex.cycle.process.CycleProcess;
import vn.parindex.scoring.ScoreSheetRow;
import vn.parindex.scoring.ScoringService;

/**
 * Works the cycle's tasks the way Tasklist does (submit-form with the form's keys), as a named user whose groups
 * are set on the engine, so authorization checks apply.
 */
@Component
public class CycleDriver {

    private final TaskService tasks;
    private final FormService forms;
    private final IdentityService identity;
    private final ScoringService scoring;

    CycleDriver(TaskService tasks, FormService forms, IdentityService identity, ScoringService scoring) {
        this.tasks = tasks;
        this.forms = forms;
        this.identity = identity;
        this.scoring = scoring;
    }

    /** The open task of an element, for one unit when the element runs per unit. */
    public Task task(String processInstanceId, String taskKey, String unitCode) {
        List<Task> candidates = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).list();
        return candidates.stream()
                .filter(task -> unitCode == null || unitCode.equals(tasks.getVariable(task.getId(), CycleProcess.UNIT_CODE)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no open task " + taskKey + " for " + unitCode));
    }

    public List<Task> openTasks(String processInstanceId, String taskKey) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).list();
    }

    /** Submits the form of the element's open task (for one unit) as the engine, without a user. */
    public void submitAsEngine(String processInstanceId, String taskKey, String unitCode, Map<String, Object> form) {
        forms.submitTaskForm(task(processInstanceId, taskKey, unitCode).getId(), form);
    }

    /** Rows as a form submits them: one Json variable. */
    public static org.camunda.spin.plugin.variable.value.JsonValue jsonRows(Object rows) {
        try {
            return SpinValues.jsonValue(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(rows)).create();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Submits the form of a task as the user (with the user's groups). */
    public void submit(String userId, Task task, Map<String, Object> form) {
        asUser(userId, () -> forms.submitTaskForm(task.getId(), form));
    }

    public void asUser(String userId, Runnable action) {
        callAs(userId, () -> {
            action.run();
            return null;
        });
    }

    /** The action's result, computed as the user (with the user's groups), as a request of theirs would. */
    public <T> T callAs(String userId, java.util.function.Supplier<T> action) {
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        identity.setAuthentication(userId, groups);
        try {
            return action.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    /** A member of the group, created for the test when the demo data has none. */
    public String memberOf(String groupId) {
        List<User> members = identity.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list();
        if (!members.isEmpty()) {
            return members.get(0).getId();
        }
        String userId = groupId.toLowerCase() + "test";
        if (identity.createUserQuery().userId(userId).count() == 0) {
            User user = identity.newUser(userId);
            user.setFirstName("Thử");
            user.setLastName("Người dùng");
            user.setPassword("test");
            identity.saveUser(user);
        }
        identity.createMembership(userId, groupId);
        return userId;
    }

    /** Today by the engine's clock, which the application's clock follows (tests move it). */
    public static LocalDate engineToday() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), EngineClock.ZONE);
    }

    public static Map<String, Object> planForm(String unitCode) {
        return new HashMap<>(Map.of("planNumber", "12/KH-" + unitCode, "planIssuedOn", engineToday().minusDays(3).toString(),
                "planSummary", "Kế hoạch thực hiện các tiêu chí Chỉ số CCHC, phân công bộ phận tham mưu.",
                "planDocumentRef", "https://vanban.example.gov.vn/" + unitCode));
    }

    public static Map<String, Object> decision(String decision, String comment) {
        Map<String, Object> form = new HashMap<>();
        form.put("decision", decision);
        form.put("comment", comment);
        return form;
    }

    public static Map<String, Object> approve() {
        return decision("APPROVE", "Đồng ý.");
    }

    /** A valid score sheet for the unit: each item scored by {@code scoreOf}, with an evidence reference. */
    public Map<String, Object> scoreForm(long cycleId, String unitCode, Function<ScoreSheetRow, BigDecimal> scoreOf) {
        List<Map<String, Object>> rows = scoring.sheet(cycleId, unitCode).stream().map(row -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("code", row.code());
            item.put("name", row.name());
            item.put("maxPoints", row.maxPoints());
            item.put("score", scoreOf.apply(row));
            item.put("notApplicable", false);
            item.put("evidenceRef", "Văn bản số 15/BC-" + unitCode + " về " + row.code());
            item.put("explanation", "");
            return item;
        }).toList();
        return Map.of("scoreItems", SpinValues.jsonValue(toJson(rows)).create());
    }

    /** Three quarters of each item's maximum, rounded to 2 decimals. */
    public static BigDecimal threeQuarters(ScoreSheetRow row) {
        return row.maxPoints().multiply(new BigDecimal("0.75")).setScale(2, RoundingMode.HALF_UP);
    }

    public static Map<String, Object> reportForm() {
        return new HashMap<>(Map.of("reportSummary", "Tỉnh tự đánh giá đạt kết quả khá trên các lĩnh vực.",
                "difficulties", "Một số đơn vị nộp chậm.", "recommendations", "Đề nghị Bộ Nội vụ hướng dẫn sớm."));
    }

    public static Map<String, Object> submissionForm() {
        return new HashMap<>(Map.of("reportNumber", "25/BC-UBND", "reportDate", engineToday().toString(),
                "enteredInMinistrySoftware", true, "submissionNote", ""));
    }

    static String toJson(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
