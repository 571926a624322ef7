package vn.parindex.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.parindex.internalindex.InternalIndexDriver;
import vn.parindex.internalindex.process.InternalIndexProcessService;
import vn.parindex.reporting.process.QuarterlyReportingProcess;
import vn.parindex.support.EngineClock;
import vn.parindex.support.HttpApi;
import vn.parindex.support.HttpApi.Response;
import vn.parindex.support.PostgresSpringTest;
import vn.parindex.support.QuarterDriver;

/**
 * The year's other processes keep units apart as the cycle does: with a quarter's reports and the province's own
 * index open, the officer of every unit with demo users tries to read, claim, complete and write every other unit's
 * tasks of those processes over the engine REST API, and to open their pages; none of it may succeed. The leaders
 * see the pages; anonymous requests get 401.
 */
class OtherProcessesAuthorizationIT extends PostgresSpringTest {

    @LocalServerPort
    int port;
    @Autowired
    QuarterDriver quarters;
    @Autowired
    InternalIndexProcessService internalIndex;
    @Autowired
    InternalIndexDriver internalIndexDriver;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;

    @AfterEach
    void removeInternalIndex() {
        internalIndexDriver.removeAll();
    }

    @Test
    void noUnitReachesAnotherUnitsQuarterlyReportOrInternalIndexTasks() throws Exception {
        HttpApi http = HttpApi.demo(port, "admin");
        EngineClock.set(EngineClock.at(2023, 1, 5, 9, 0));
        quarters.submitStart("snvdieuphoi", Map.of("year", 2023L));
        EngineClock.runTimersUntil(management, QuarterlyReportingProcess.YEAR_PROCESS_KEY, EngineClock.at(2023, 2, 20, 8, 0));
        ProcessInstance quarter = runtime.createProcessInstanceQuery().processInstanceBusinessKey("CCHC-2023-Q1").singleResult();
        EngineClock.set(EngineClock.at(2026, 11, 2, 8, 0));
        ProcessInstance period = internalIndex.start(2026);

        Map<String, List<Task>> tasksByUnit = new TreeMap<>();
        for (ProcessInstance instance : List.of(quarter, period)) {
            for (Task task : tasks.createTaskQuery().processInstanceId(instance.getId()).list()) {
                Object unit = tasks.getVariable(task.getId(), "unitCode");
                if (unit != null) {
                    tasksByUnit.computeIfAbsent(unit.toString(), u -> new ArrayList<>()).add(task);
                }
            }
        }
        Map<String, String> officers = AuthorizationMatrixIT.demoOfficers();
        assertThat(tasksByUnit.keySet()).as("units with tasks in both processes").containsAll(List.of("STP", "SNV"));

        AuthorizationMatrixIT.Matrix matrix = new AuthorizationMatrixIT.Matrix();
        int taskCount = tasksByUnit.values().stream().mapToInt(List::size).sum();
        for (var officer : officers.entrySet()) {
            String attacker = officer.getKey();
            for (var victim : tasksByUnit.entrySet()) {
                if (victim.getKey().equals(officer.getValue())) {
                    continue;
                }
                for (Task task : victim.getValue()) {
                    AuthorizationMatrixIT.refuseTaskWork(matrix, http, attacker, officer.getValue(), task,
                            victim.getKey() + "/" + task.getTaskDefinitionKey());
                }
            }
            for (ProcessInstance instance : List.of(quarter, period)) {
                String pi = instance.getId();
                matrix.refused(attacker, "variables of " + instance.getBusinessKey(),
                        http.get(attacker, "/engine-rest/process-instance/" + pi + "/variables"), Response::ok);
                matrix.refused(attacker, "other units' tasks of " + instance.getBusinessKey(),
                        http.get(attacker, "/engine-rest/task?processInstanceId=" + pi), r -> r.ok() && r.json().size() > 0
                                && tasksByUnit.entrySet().stream().filter(e -> !e.getKey().equals(officer.getValue()))
                                .flatMap(e -> e.getValue().stream()).anyMatch(t -> r.body().contains(t.getId())));
            }
            matrix.refused(attacker, "the provincial quarterly report", http.get(attacker,
                    "/api/quarterly-reports/2023/1/document"), Response::ok);
            matrix.refused(attacker, "the internal index before publication", http.get(attacker, "/api/internal-index/2026"),
                    Response::ok);
            matrix.refused(attacker, "the internal index page", http.get(attacker, "/pages/internal-index?year=2026"),
                    Response::ok);
        }
        assertThat(tasks.createTaskQuery().processInstanceIdIn(quarter.getId(), period.getId()).taskAssigned().count())
                .as("nobody managed to claim anything").isZero();

        AuthorizationMatrixIT.RoleChecks roles = new AuthorizationMatrixIT.RoleChecks();
        for (String leader : List.of("snvdieuphoi", "chutich")) {
            roles.expect(leader, "the internal index page", http.get(leader, "/pages/internal-index?year=2026"), 200);
            roles.expect(leader, "the internal index", http.get(leader, "/api/internal-index/2026"), 200);
        }
        Task stpReport = tasksByUnit.get("STP").stream()
                .filter(task -> task.getProcessInstanceId().equals(quarter.getId())).findFirst().orElseThrow();
        roles.expect("stpchuyenvien", "claims its own quarterly report", http.post("stpchuyenvien",
                "/engine-rest/task/" + stpReport.getId() + "/claim", Map.of("userId", "stpchuyenvien")), 204);
        roles.expect("stpchuyenvien", "cannot hand its task to another unit's officer", http.post("stpchuyenvien",
                "/engine-rest/task/" + stpReport.getId() + "/assignee", Map.of("userId", "stcchuyenvien")), 403);
        for (String url : List.of("/api/quarterly-reports/2023/1/document", "/api/internal-index/2026",
                "/pages/internal-index?year=2026", "/engine-rest/task/" + stpReport.getId() + "/form-variables")) {
            roles.expect("anonymous", "GET " + url, http.get(null, url), 401);
        }

        System.out.printf("AUTHORIZATION MATRIX (quarterly report, internal index): %d officers x %d other units' work (%d tasks):"
                        + " %d cases tried, %d succeeded; role checks: %d, %d wrong%n", officers.size(), tasksByUnit.size(),
                taskCount, matrix.tried, matrix.succeeded.size(), roles.tried, roles.wrong.size());
        assertThat(matrix.succeeded).as("cross-unit requests that succeeded").isEmpty();
        assertThat(roles.wrong).as("role checks with the wrong answer").isEmpty();
    }
}
