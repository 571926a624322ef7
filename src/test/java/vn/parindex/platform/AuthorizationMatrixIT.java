package vn.parindex.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.parindex.cycle.DeadlineDates;
import vn.parindex.cycle.process.CycleProcess;
import vn.parindex.cycle.process.CycleProcessService;
import vn.parindex.evidence.EvidenceService;
import vn.parindex.orgdirectory.OrgDirectoryService;
import vn.parindex.scoring.ScoringService;
import vn.parindex.support.CycleDriver;
import vn.parindex.support.EngineClock;
import vn.parindex.support.HttpApi;
import vn.parindex.support.HttpApi.Response;
import vn.parindex.support.PostgresSpringTest;

/**
 * Authorization checks on, over real HTTP: the officer of every unit with demo users tries to read, claim and complete
 * every other unit's tasks and read their variables through the engine REST API (Basic), and to read their evidence,
 * scores, notification log and the dashboard through our pages and API. None of it may succeed. Sở Nội vụ, its
 * director, the Chairman and the Vice-chairman see what their role needs; anonymous requests get 401 everywhere
 * but /actuator/health.
 */
class AuthorizationMatrixIT extends PostgresSpringTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final int YEAR = 2026;

    @LocalServerPort
    int port;
    @Autowired
    CycleProcessService processes;
    @Autowired
    CycleDriver driver;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ScoringService scoring;
    @Autowired
    EvidenceService evidence;
    @Autowired
    AuthorizationService authorizations;

    private static final Pattern VIETNAMESE = Pattern.compile(
            "(?iu).*[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ].*", Pattern.DOTALL);

    HttpApi http;
    ProcessInstance cycle;
    long cycleId;
    /** unit → its open tasks */
    final Map<String, List<Task>> tasksByUnit = new TreeMap<>();
    final Map<String, String> selfScoreTaskByUnit = new TreeMap<>();
    final Map<String, Long> fileByUnit = new TreeMap<>();

    @BeforeEach
    void aCycleInSelfAssessmentWithEvidenceAndNotices() {
        http = HttpApi.demo(port, "admin");
        EngineClock.set(EngineClock.at(2026, 11, 25, 9, 0));
        cycle = processes.start(YEAR, DeadlineDates.none());
        cycleId = ((Number) runtime.getVariable(cycle.getId(), CycleProcess.CYCLE_ID)).longValue();
        processes.guidanceReceived(YEAR);
        // a plan waiting for its head, a score sheet waiting for its head: sign-off tasks hold the unit's plan and scores
        driver.submit("stpchuyenvien", driver.task(cycle.getId(), CycleProcess.PREPARE_PLAN, "STP"), CycleDriver.planForm("STP"));
        driver.submit("skhcnchuyenvien", driver.task(cycle.getId(), CycleProcess.SELF_SCORE, "SKHCN"),
                driver.scoreForm(cycleId, "SKHCN", CycleDriver::threeQuarters));
        driver.submit("skhcnthutruong", driver.task(cycle.getId(), CycleProcess.SIGN_OFF_SCORES, "SKHCN"), CycleDriver.approve());
        for (Task task : tasks.createTaskQuery().processInstanceId(cycle.getId()).list()) {
            String unit = (String) tasks.getVariable(task.getId(), CycleProcess.UNIT_CODE);
            if (unit != null) {
                tasksByUnit.computeIfAbsent(unit, u -> new ArrayList<>()).add(task);
                if (CycleProcess.SELF_SCORE.equals(task.getTaskDefinitionKey())) {
                    selfScoreTaskByUnit.put(unit, task.getId());
                    String item = scoring.sheet(cycleId, unit).get(0).code();
                    fileByUnit.put(unit, evidence.add(cycleId, unit, item, task.getId(), unit + ".pdf", PDF,
                            OrgDirectoryService.officersGroup(unit).replace("Officers", "chuyenvien")).id());
                }
            }
        }
        // reminders of the scoring tasks (5 working days before 11/01/2027): every scoring unit has notices in its log
        EngineClock.runNoticeTimersUntil(management, EngineClock.at(2027, 1, 6, 9, 0));
        assertThat(selfScoreTaskByUnit).hasSizeGreaterThanOrEqualTo(4);
        assertThat(fileByUnit).hasSameSizeAs(selfScoreTaskByUnit);
    }

    @Test
    void noUnitReachesAnotherUnitsWorkAndProvinceRolesSeeWhatTheyNeed() throws Exception {
        Map<String, String> officers = demoOfficers();
        Matrix matrix = new Matrix();
        RoleChecks roles = new RoleChecks();
        Job watchJob = EngineClock.noticeTimers(management).get(0);
        long incidents = runtime.createIncidentQuery().count();
        Set<String> allTaskIds = new LinkedHashSet<>();
        tasksByUnit.values().forEach(list -> list.forEach(task -> allTaskIds.add(task.getId())));

        for (var officer : officers.entrySet()) {
            String attacker = officer.getKey();
            String ownUnit = officer.getValue();
            Set<String> ownTasks = new LinkedHashSet<>();
            tasksByUnit.getOrDefault(ownUnit, List.of()).forEach(task -> ownTasks.add(task.getId()));
            for (var victim : tasksByUnit.entrySet()) {
                if (victim.getKey().equals(ownUnit)) {
                    continue;
                }
                String unit = victim.getKey();
                for (Task task : victim.getValue()) {
                    String on = unit + "/" + task.getTaskDefinitionKey();
                    refuseTaskWork(matrix, http, attacker, ownUnit, task, on);
                }
                if (selfScoreTaskByUnit.containsKey(unit)) {
                    String task = selfScoreTaskByUnit.get(unit);
                    matrix.refused(attacker, "evidence page of " + unit, http.get(attacker, "/pages/evidence?task=" + task), Response::ok);
                    matrix.refused(attacker, "evidence file of " + unit, http.get(attacker, "/pages/evidence/files/" + fileByUnit.get(unit)), Response::ok);
                    matrix.refused(attacker, "upload evidence for " + unit, http.upload(attacker, "/pages/evidence",
                            Map.of("task", task, "item", scoring.sheet(cycleId, unit).get(0).code()), "x.pdf", PDF), r -> r.status() < 400);
                }
                matrix.refused(attacker, "notification log of " + unit, http.get(attacker, "/api/cycles/" + YEAR + "/notifications?unit=" + unit), Response::ok);
                matrix.refused(attacker, "notification page of " + unit, http.get(attacker, "/pages/notifications?year=" + YEAR + "&unit=" + unit), Response::ok);
                matrix.refused(attacker, "dashboard of " + unit, http.get(attacker, "/api/cycles/" + YEAR + "/dashboard/units/" + unit), Response::ok);
                matrix.refused(attacker, "dashboard page of " + unit, http.get(attacker, "/pages/dashboard/unit?year=" + YEAR + "&unit=" + unit), Response::ok);
            }
            String otherUnitsOfficer = officers.keySet().stream().filter(user -> !officers.get(user).equals(ownUnit))
                    .findFirst().orElseThrow();
            for (String own : ownTasks) {
                roles.expectVietnamese(attacker, "claim the unit's own task " + own + " for " + otherUnitsOfficer,
                        http.post(attacker, "/engine-rest/task/" + own + "/claim", Map.of("userId", otherUnitsOfficer)), 403,
                        "chỉ có thể nhận công việc cho chính mình");
            }
            matrix.refused(attacker, "run a task's notice timer job", http.post(attacker, "/engine-rest/job/" + watchJob.getId()
                    + "/execute", Map.of()), r -> r.status() != 403);
            matrix.refused(attacker, "engine-wide metrics", http.get(attacker, "/engine-rest/metrics/activity-instance-start/sum"),
                    r -> r.status() != 403);
            roles.expectVietnamese(attacker, "telemetry", http.get(attacker, "/engine-rest/telemetry/data"), 403, "quản trị");
            String pi = cycle.getId();
            Predicate<Response> othersTasks = r -> r.ok() && items(r).anyMatch(n -> !ownTasks.contains(n.path("id").asText()));
            Predicate<Response> othersVariables = r -> r.ok() && items(r).anyMatch(n -> !ownTasks.contains(n.path("taskId").asText()));
            matrix.refused(attacker, "dashboard", http.get(attacker, "/pages/dashboard?year=" + YEAR), Response::ok);
            matrix.refused(attacker, "dashboard API", http.get(attacker, "/api/cycles/" + YEAR + "/dashboard"), Response::ok);
            matrix.refused(attacker, "cycle variables", http.get(attacker, "/engine-rest/process-instance/" + pi + "/variables"), Response::ok);
            matrix.refused(attacker, "cycle executions", http.get(attacker, "/engine-rest/execution?processInstanceId=" + pi), AuthorizationMatrixIT::nonEmpty);
            matrix.refused(attacker, "variables of the cycle", http.get(attacker, "/engine-rest/variable-instance?processInstanceIdIn=" + pi), othersVariables);
            matrix.refused(attacker, "variable history of the cycle", http.get(attacker, "/engine-rest/history/variable-instance?processInstanceId=" + pi), othersVariables);
            matrix.refused(attacker, "tasks of the cycle", http.get(attacker, "/engine-rest/task?processInstanceId=" + pi), othersTasks);
            matrix.refused(attacker, "task history of the cycle", http.get(attacker, "/engine-rest/history/task?processInstanceId=" + pi), othersTasks);
            matrix.refused(attacker, "whole notification log", http.get(attacker, "/api/cycles/" + YEAR + "/notifications"),
                    r -> r.ok() && items(r).anyMatch(n -> !ownUnit.equals(n.path("unitCode").asText())));
            matrix.refused(attacker, "move a deadline", http.put(attacker, "/api/cycles/" + YEAR + "/deadlines/unit-score-due",
                    Map.of("date", "2027-01-18", "reason", "thử")), Response::ok);
            matrix.refused(attacker, "open a cycle", http.post(attacker, "/api/cycles", Map.of("year", 2022)), Response::ok);
            matrix.refused(attacker, "open self-assessment from the dashboard",
                    http.send("POST", attacker, "/pages/dashboard/guidance-received?year=" + YEAR, null, Map.of()), r -> r.status() < 400);
        }
        assertThat(tasks.createTaskQuery().processInstanceId(cycle.getId()).taskAssigned().count())
                .as("nobody managed to claim anything").isZero();
        assertThat(management.createJobQuery().jobId(watchJob.getId()).singleResult().getRetries())
                .as("the refused job runs left the job's retries").isEqualTo(watchJob.getRetries());
        assertThat(runtime.createIncidentQuery().count()).as("no incident from refused job runs").isEqualTo(incidents);
        for (String leader : List.of("snvdieuphoi", "snvgiamdoc", "chutich", "phochutich")) {
            roles.expect(leader, "dashboard", http.get(leader, "/pages/dashboard?year=" + YEAR), 200);
            roles.expect(leader, "dashboard API", http.get(leader, "/api/cycles/" + YEAR + "/dashboard"), 200);
            for (String unit : tasksByUnit.keySet()) {
                roles.expect(leader, "dashboard of " + unit, http.get(leader, "/pages/dashboard/unit?year=" + YEAR + "&unit=" + unit), 200);
                roles.expect(leader, "notification log of " + unit, http.get(leader, "/api/cycles/" + YEAR + "/notifications?unit=" + unit), 200);
            }
            for (String unit : selfScoreTaskByUnit.keySet()) {
                roles.expect(leader, "evidence file of " + unit, http.get(leader, "/pages/evidence/files/" + fileByUnit.get(unit)), 200);
                roles.expect(leader, "cannot claim the self-score of " + unit, http.post(leader, "/engine-rest/task/"
                        + selfScoreTaskByUnit.get(unit) + "/claim", Map.of("userId", leader)), 403);
            }
            roles.expect(leader, "the cycle's variables", http.get(leader, "/engine-rest/process-instance/" + cycle.getId() + "/variables"), 200);
        }
        Task skhcnReview = driver.task(cycle.getId(), CycleProcess.REVIEW_SCORES, "SKHCN");
        roles.expect("snvdieuphoi", "the evidence page from its review of the unit's scores",
                http.get("snvdieuphoi", "/pages/evidence?task=" + skhcnReview.getId()), 200);
        roles.expect("snvdieuphoi", "the unit's scores on its review form",
                http.get("snvdieuphoi", "/engine-rest/task/" + skhcnReview.getId() + "/form-variables"), 200);
        for (String unit : selfScoreTaskByUnit.keySet()) {
            roles.expect(unit, "the unit's officer opens its evidence page", http.get(OrgDirectoryService.officersGroup(unit)
                    .replace("Officers", "chuyenvien"), "/pages/evidence?task=" + selfScoreTaskByUnit.get(unit)), 200);
        }
        Task stpSignOff = driver.task(cycle.getId(), CycleProcess.SIGN_OFF_PLAN, "STP");
        roles.expect("snvdieuphoi", "cannot sign off for the unit's head", http.post("snvdieuphoi", "/engine-rest/task/" + stpSignOff.getId()
                + "/submit-form", HttpApi.variables(Map.of("decision", "APPROVE", "comment", ""))), 403);
        roles.expect("chutich", "cannot sign off for the unit's head", http.post("chutich", "/engine-rest/task/" + stpSignOff.getId()
                + "/complete", Map.of()), 403);
        roles.expect("stpthutruong", "the head signs off the unit's plan", http.post("stpthutruong", "/engine-rest/task/" + stpSignOff.getId()
                + "/submit-form", HttpApi.variables(Map.of("decision", "APPROVE", "comment", "Đồng ý."))), 204);
        Task review = driver.task(cycle.getId(), CycleProcess.REVIEW_PLAN, "STP");
        roles.expect("chutich", "cannot review for Sở Nội vụ", http.post("chutich", "/engine-rest/task/" + review.getId()
                + "/claim", Map.of("userId", "chutich")), 403);
        roles.expect("snvdieuphoi", "claims the unit's plan review", http.post("snvdieuphoi", "/engine-rest/task/" + review.getId()
                + "/claim", Map.of("userId", "snvdieuphoi")), 204);
        roles.expect("snvdieuphoi", "accepts the unit's plan", http.post("snvdieuphoi", "/engine-rest/task/" + review.getId()
                + "/submit-form", HttpApi.variables(Map.of("decision", "APPROVE", "comment", ""))), 204);
        roles.expect("stpchuyenvien", "the unit's own notification log", http.get("stpchuyenvien", "/api/cycles/" + YEAR + "/notifications?unit=STP"), 200);
        roles.expect("stpthutruong", "the unit's own evidence", http.get("stpthutruong", "/pages/evidence/files/" + fileByUnit.get("STP")), 200);

        List<String> anonymousUrls = new ArrayList<>(List.of("/pages/dashboard?year=" + YEAR, "/api/cycles/" + YEAR + "/dashboard",
                "/api/cycles", "/api/cycles/" + YEAR + "/notifications", "/pages/notifications?year=" + YEAR,
                "/api/cycles/" + YEAR + "/deadline-changes", "/pages/dashboard/unit?year=" + YEAR + "&unit=STP",
                "/engine-rest/task", "/engine-rest/process-instance/" + cycle.getId() + "/variables", "/engine-rest/user",
                "/engine-rest/variable-instance", "/engine-rest/history/task", "/engine-rest/deployment",
                "/camunda/api/engine/engine/default/task", "/engine-rest/engine", "/engine-rest/engine/"));
        selfScoreTaskByUnit.values().forEach(task -> anonymousUrls.add("/pages/evidence?task=" + task));
        fileByUnit.values().forEach(file -> anonymousUrls.add("/pages/evidence/files/" + file));
        allTaskIds.forEach(task -> anonymousUrls.add("/engine-rest/task/" + task + "/form-variables"));
        int anonymous = 0;
        for (String url : anonymousUrls) {
            roles.expect("anonymous", "GET " + url, http.get(null, url), 401);
            anonymous++;
        }
        for (String task : allTaskIds) {
            roles.expect("anonymous", "complete " + task, http.post(null, "/engine-rest/task/" + task + "/complete", Map.of()), 401);
            anonymous++;
        }
        roles.expect("anonymous", "POST /api/cycles", http.post(null, "/api/cycles", Map.of("year", 2022)), 401);
        roles.expect("anonymous", "PUT deadline", http.put(null, "/api/cycles/" + YEAR + "/deadlines/plan-due",
                Map.of("date", "2027-01-18", "reason", "x")), 401);
        anonymous += 2;
        Response health = http.get(null, "/actuator/health");
        roles.expect("anonymous", "GET /actuator/health", health, 200);
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(http.get(null, "/actuator/info").ok()).as("nothing else of actuator is open").isFalse();
        roles.expect("anonymous", "GET /actuator (no list of endpoints)", http.get(null, "/actuator"), 404);
        roles.expect("admin", "the administrator still lists the engines", http.get("admin", "/engine-rest/engine"), 200);
        roles.expect("admin", "the administrator still reads metrics",
                http.get("admin", "/engine-rest/metrics/activity-instance-start/sum"), 200);

        System.out.printf("AUTHORIZATION MATRIX: %d officers x %d other units' work (%d tasks): %d cases tried, %d succeeded;"
                        + " province roles and units' own access: %d checks, %d wrong; anonymous: %d requests, all 401 except"
                        + " /actuator/health%n", officers.size(), tasksByUnit.size(), allTaskIds.size(), matrix.tried,
                matrix.succeeded.size(), roles.tried, roles.wrong.size(), anonymous);
        assertThat(matrix.succeeded).as("cross-unit requests that succeeded").isEmpty();
        assertThat(roles.wrong).as("role checks with the wrong answer").isEmpty();
    }

    /**
     * A user claims only for themself (issue 16): an officer cannot hand the unit's task to another unit's user. And a
     * task's user authorizations follow its assignee: after an unclaim or a reassignment, the former assignee keeps no
     * READ/TASK_WORK grant of their own on the task (Camunda left it behind).
     */
    @Test
    void aClaimIsForOneselfAndAccessFollowsTheAssignee() {
        String task = selfScoreTaskByUnit.get("STC");
        Response forAnother = http.post("stcchuyenvien", "/engine-rest/task/" + task + "/claim", Map.of("userId", "stpchuyenvien"));
        assertThat(forAnother.status()).as(forAnother.toString()).isEqualTo(403);
        assertThat(forAnother.message()).contains("chỉ có thể nhận công việc cho chính mình").matches(VIETNAMESE);
        assertThat(tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
        assertThat(http.get("stpchuyenvien", "/engine-rest/task/" + task + "/form-variables").ok()).isFalse();

        assertThat(http.post("stcchuyenvien", "/engine-rest/task/" + task + "/claim", Map.of("userId", "stcchuyenvien")).status())
                .isEqualTo(204);
        assertThat(userGrants("stcchuyenvien", task)).as("the assignee's grant").isEqualTo(1);
        assertThat(http.post("stcchuyenvien", "/engine-rest/task/" + task + "/unclaim", Map.of()).status()).isEqualTo(204);
        assertThat(userGrants("stcchuyenvien", task)).as("no grant left after the unclaim").isZero();
        assertThat(http.get("stcchuyenvien", "/engine-rest/task/" + task).status()).as("still a candidate through the group")
                .isEqualTo(200);

        // an administrator may assign anybody; the former assignee of another unit loses the access with the task
        assertThat(http.post("admin", "/engine-rest/task/" + task + "/claim", Map.of("userId", "stpchuyenvien")).status()).isEqualTo(204);
        assertThat(http.get("stpchuyenvien", "/engine-rest/task/" + task).status()).isEqualTo(200);
        assertThat(http.post("admin", "/engine-rest/task/" + task + "/assignee", Map.of("userId", "stcchuyenvien")).status())
                .isEqualTo(204);
        assertThat(userGrants("stpchuyenvien", task)).as("no grant left after the reassignment").isZero();
        assertThat(http.get("stpchuyenvien", "/engine-rest/task/" + task).ok()).as("another unit's former assignee").isFalse();
        assertThat(http.get("stpchuyenvien", "/engine-rest/task/" + task + "/form-variables").ok()).isFalse();
        assertThat(http.post("admin", "/engine-rest/task/" + task + "/unclaim", Map.of()).status()).isEqualTo(204);
        assertThat(userGrants("stcchuyenvien", task)).isZero();
        System.out.println("CLAIM: for another user refused (403, Vietnamese); user grants on the task after unclaim and"
                + " reassignment: 0");
    }

    private long userGrants(String user, String task) {
        return authorizations.createAuthorizationQuery().userIdIn(user).resourceType(Resources.TASK).resourceId(task).count();
    }

    /** Every way of reading, working on or writing another unit's task over the engine REST API. */
    static void refuseTaskWork(Matrix matrix, HttpApi http, String attacker, String ownUnit, Task task, String on) {
        String id = task.getId();
        matrix.refused(attacker, "read task " + on, http.get(attacker, "/engine-rest/task/" + id), Response::ok);
        matrix.refused(attacker, "read variables " + on, http.get(attacker, "/engine-rest/task/" + id + "/variables"), Response::ok);
        matrix.refused(attacker, "read form variables " + on, http.get(attacker, "/engine-rest/task/" + id + "/form-variables"), Response::ok);
        matrix.refused(attacker, "read unitCode " + on, http.get(attacker, "/engine-rest/task/" + id + "/variables/unitCode"), Response::ok);
        matrix.refused(attacker, "query variables " + on, http.get(attacker, "/engine-rest/variable-instance?taskIdIn=" + id), AuthorizationMatrixIT::nonEmpty);
        matrix.refused(attacker, "query variable history " + on, http.get(attacker, "/engine-rest/history/variable-instance?taskIdIn=" + id), AuthorizationMatrixIT::nonEmpty);
        matrix.refused(attacker, "query task history " + on, http.get(attacker, "/engine-rest/history/task?taskId=" + id), AuthorizationMatrixIT::nonEmpty);
        matrix.refused(attacker, "claim " + on, http.post(attacker, "/engine-rest/task/" + id + "/claim", Map.of("userId", attacker)), Response::ok);
        matrix.refused(attacker, "complete " + on, http.post(attacker, "/engine-rest/task/" + id + "/complete", Map.of()), Response::ok);
        matrix.refused(attacker, "submit form " + on, http.post(attacker, "/engine-rest/task/" + id + "/submit-form", Map.of("variables", Map.of())), Response::ok);
        matrix.refused(attacker, "set variable " + on, http.put(attacker, "/engine-rest/task/" + id + "/variables/unitCode", Map.of("value", ownUnit)), Response::ok);
        matrix.refused(attacker, "BPMN error " + on, http.post(attacker, "/engine-rest/task/" + id + "/bpmnError", Map.of("errorCode", "x")), Response::ok);
    }

    /** Officers of every unit with demo users: user id → unit code. */
    static Map<String, String> demoOfficers() throws Exception {
        JsonNode users = new ObjectMapper(new YAMLFactory()).readTree(new File("data/demo-users.yaml")).get("users");
        Map<String, String> officers = new LinkedHashMap<>();
        for (JsonNode user : users) {
            for (JsonNode group : user.get("groups")) {
                String id = group.asText();
                if (id.endsWith("Officers")) {
                    officers.put(user.get("id").asText(), id.substring(0, id.length() - "Officers".length()).toUpperCase(java.util.Locale.ROOT));
                }
            }
        }
        return officers;
    }

    private static boolean nonEmpty(Response response) {
        return response.ok() && items(response).findAny().isPresent();
    }

    private static java.util.stream.Stream<JsonNode> items(Response response) {
        JsonNode json = response.json();
        return json.isArray() ? StreamSupport.stream(json.spliterator(), false) : java.util.stream.Stream.of(json);
    }

    /** Requests that must be refused: counted, and each one that got through is listed. */
    static final class Matrix {
        int tried;
        final List<String> succeeded = new ArrayList<>();

        void refused(String user, String what, Response response, Predicate<Response> success) {
            tried++;
            if (success.test(response)) {
                succeeded.add(user + ": " + what + " -> " + response);
            }
        }
    }

    /** Requests with an expected status. */
    static final class RoleChecks {
        int tried;
        final List<String> wrong = new ArrayList<>();

        void expect(String user, String what, Response response, int status) {
            tried++;
            if (response.status() != status) {
                wrong.add(user + ": " + what + " -> expected " + status + ", got " + response);
            }
        }

        /** The status and a Vietnamese message with the expected words. */
        void expectVietnamese(String user, String what, Response response, int status, String words) {
            tried++;
            if (response.status() != status || !response.message().contains(words) || !VIETNAMESE.matcher(response.message()).matches()) {
                wrong.add(user + ": " + what + " -> expected " + status + " \"" + words + "\", got " + response);
            }
        }
    }
}
