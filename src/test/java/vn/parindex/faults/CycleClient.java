package vn.parindex.faults;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import vn.parindex.cycle.process.CycleProcess;
import vn.parindex.support.HttpApi;
import vn.parindex.support.HttpApi.Response;
import vn.parindex.support.HttpApi.TypedJson;

/**
 * Works a cycle on a running node over HTTP, as its users do: our API and the engine REST API with Basic credentials
 * (the administrator only looks things up and moves timers). Every call goes to whichever node is current.
 */
final class CycleClient {

    static final String ADMIN = "admin";
    private static final DateTimeFormatter ENGINE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    record OpenTask(String id, String key, String unit) {
    }

    private HttpApi api;

    CycleClient(HttpApi api) {
        this.api = api;
    }

    void use(HttpApi current) {
        this.api = current;
    }

    HttpApi api() {
        return api;
    }

    Response openCycle(int year, LocalDate today) {
        Map<String, Object> deadlines = new LinkedHashMap<>();
        deadlines.put("planDue", today.plusDays(20).toString());
        deadlines.put("selfAssessmentOpens", today.plusDays(40).toString());
        deadlines.put("unitScoreDue", today.plusDays(60).toString());
        deadlines.put("reportToChairmanDue", today.plusDays(65).toString());
        deadlines.put("chairmanApprovalDue", today.plusDays(70).toString());
        deadlines.put("ministryDeadline", today.plusDays(75).toString());
        return api.post("snvdieuphoi", "/api/cycles", Map.of("year", year, "deadlines", deadlines));
    }

    Optional<String> processInstance(int year) {
        Response instances = ok(api.get(ADMIN, "/engine-rest/process-instance?processDefinitionKey=" + CycleProcess.PROCESS_KEY
                + "&businessKey=PAR-" + year));
        return items(instances.json()).map(node -> node.get("id").asText()).findFirst();
    }

    /** Open tasks of the cycle with their unit (null for province-level tasks). */
    List<OpenTask> openTasks(String processInstanceId) {
        List<OpenTask> tasks = new ArrayList<>();
        for (JsonNode task : ok(api.get(ADMIN, "/engine-rest/task?processInstanceId=" + processInstanceId)).json()) {
            String id = task.get("id").asText();
            Response unit = api.get(ADMIN, "/engine-rest/task/" + id + "/variables/" + CycleProcess.UNIT_CODE);
            tasks.add(new OpenTask(id, task.get("taskDefinitionKey").asText(), unit.ok() ? unit.json().get("value").asText() : null));
        }
        return tasks;
    }

    OpenTask task(String processInstanceId, String key, String unit) {
        return openTasks(processInstanceId).stream()
                .filter(task -> task.key().equals(key) && (unit == null || unit.equals(task.unit())))
                .findFirst().orElseThrow(() -> new AssertionError("no open task " + key + " of " + unit));
    }

    Response submit(String user, String taskId, Map<String, Object> form) {
        return api.post(user, "/engine-rest/task/" + taskId + "/submit-form", HttpApi.variables(form));
    }

    void submitOk(String user, String taskId, Map<String, Object> form) {
        Response response = submit(user, taskId, form);
        if (response.status() != 204) {
            throw new AssertionError("submit " + taskId + " as " + user + ": " + response);
        }
    }

    /** The score sheet Tasklist shows the officer, filled with three quarters of each maximum. */
    Map<String, Object> scoreSheet(String user, String taskId) {
        JsonNode sheet = ok(api.get(user, "/engine-rest/task/" + taskId + "/form-variables?variableNames=scoreItems&deserializeValues=false")).json();
        try {
            JsonNode rows = HttpApi.JSON.readTree(sheet.get("scoreItems").get("value").asText());
            List<Map<String, Object>> filled = new ArrayList<>();
            for (JsonNode row : rows) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("code", row.get("code").asText());
                item.put("score", row.get("maxPoints").decimalValue().multiply(new java.math.BigDecimal("0.75"))
                        .setScale(2, java.math.RoundingMode.HALF_UP));
                item.put("notApplicable", false);
                item.put("evidenceRef", "Văn bản số 15/BC về " + row.get("code").asText());
                item.put("explanation", "");
                filled.add(item);
            }
            return Map.of("scoreItems", new TypedJson(HttpApi.JSON.writeValueAsString(filled)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> planForm(String unit, LocalDate today) {
        return Map.of("planNumber", "12/KH-" + unit, "planIssuedOn", today.minusDays(3).toString(),
                "planSummary", "Kế hoạch thực hiện các tiêu chí Chỉ số CCHC của đơn vị.", "planDocumentRef", "");
    }

    static Map<String, Object> approve() {
        return Map.of("decision", "APPROVE", "comment", "Đồng ý.");
    }

    static Map<String, Object> reportForm() {
        return Map.of("reportSummary", "Tỉnh tự đánh giá đạt kết quả khá.", "difficulties", "", "recommendations", "");
    }

    static Map<String, Object> submissionForm(LocalDate today) {
        return Map.of("reportNumber", "25/BC-UBND", "reportDate", today.toString(), "enteredInMinistrySoftware", true,
                "submissionNote", "");
    }

    /** Users for units without demo users (the administrator creates them, as Admin would). */
    String ensureMember(String group, String userId) {
        if (api.get(ADMIN, "/engine-rest/user/" + userId + "/profile").status() == 404) {
            ok(api.post(ADMIN, "/engine-rest/user/create", Map.of("profile", Map.of("id", userId, "firstName", "Cán bộ",
                    "lastName", group, "email", userId + "@example.gov.vn"), "credentials", Map.of("password", "demo"))));
        }
        Response members = ok(api.get(ADMIN, "/engine-rest/user?memberOfGroup=" + group + "&id=" + userId));
        if (members.json().isEmpty()) {
            ok(api.put(ADMIN, "/engine-rest/group/" + group + "/members/" + userId, null));
        }
        return userId;
    }

    /** The pending notice timer of a task (the timer on the task's own activity), if it has one. */
    Optional<String> noticeTimer(String taskId) {
        Response tasks = ok(api.get(ADMIN, "/engine-rest/task?taskId=" + taskId));
        for (JsonNode task : tasks.json()) {
            Response jobs = ok(api.get(ADMIN, "/engine-rest/job?timers=true&executionId=" + task.get("executionId").asText()
                    + "&activityId=" + task.get("taskDefinitionKey").asText()));
            Optional<String> job = items(jobs.json()).map(node -> node.get("id").asText()).findFirst();
            if (job.isPresent()) {
                return job;
            }
        }
        return Optional.empty();
    }

    /** Makes a timer due now (the job executor fires it within its acquisition wait). */
    void dueNow(String jobId, OffsetDateTime now) {
        ok(api.put(ADMIN, "/engine-rest/job/" + jobId + "/duedate", Map.of("duedate", ENGINE_DATE.format(now))));
    }

    static Response ok(Response response) {
        if (!response.ok()) {
            throw new AssertionError("unexpected answer: " + response);
        }
        return response;
    }

    static java.util.stream.Stream<JsonNode> items(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }
}
