package vn.parindex.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parindex.cycle.CycleService;
import vn.parindex.cycle.DeadlineDates;
import vn.parindex.cycle.process.CycleProcess;
import vn.parindex.cycle.process.CycleProcessService;
import vn.parindex.orgdirectory.OrgDirectoryService;
import vn.parindex.scoring.ScoringService;
import vn.parindex.support.CycleDriver;
import vn.parindex.support.EngineClock;
import vn.parindex.support.HttpApi.Response;
import vn.parindex.support.HttpApi.TypedJson;
import vn.parindex.support.HttpApi;
import vn.parindex.support.PostgresSpringTest;

/**
 * Two colleagues of the same unit act on the same task at the same moment, over the engine REST API as Tasklist does:
 * claims, plan submissions, score sheets and the heads' sign-offs. Exactly one wins each race; the other is told in
 * Vietnamese that someone else was first (409), and our tables hold exactly one submission or decision per race.
 */
class ConcurrencyIT extends PostgresSpringTest {

    private static final int YEAR = 2026;

    @LocalServerPort
    int port;
    @Autowired
    CycleProcessService processes;
    @Autowired
    CycleService cycles;
    @Autowired
    CycleDriver driver;
    @Autowired
    ScoringService scoring;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcClient jdbc;

    HttpApi http;
    ProcessInstance cycle;
    long cycleId;
    final List<String> createdUsers = new ArrayList<>();
    final ExecutorService pool = Executors.newFixedThreadPool(2);
    final List<String> wrong = new ArrayList<>();
    int races;
    int claimRaces;

    @BeforeEach
    void openCycle() {
        http = HttpApi.demo(port, "admin");
        EngineClock.set(EngineClock.at(2026, 11, 25, 9, 0));
        cycle = processes.start(YEAR, DeadlineDates.none());
        cycleId = ((Number) runtime.getVariable(cycle.getId(), CycleProcess.CYCLE_ID)).longValue();
        processes.guidanceReceived(YEAR);
    }

    @AfterEach
    void removeUsersAndPool() {
        pool.shutdownNow();
        createdUsers.forEach(identity::deleteUser);
    }

    @Test
    void oneColleagueWinsEachRaceTheOtherIsToldAndNothingIsStoredTwice() throws Exception {
        List<String> planUnits = cycles.planUnits(cycleId);
        for (String unit : planUnits) {
            List<String> officers = twoMembers(OrgDirectoryService.officersGroup(unit));
            Task prepare = driver.task(cycle.getId(), CycleProcess.PREPARE_PLAN, unit);
            List<Response> claims = race(officers, user -> http.post(user, "/engine-rest/task/" + prepare.getId() + "/claim",
                    Map.of("userId", user)));
            claimRaces++;
            String winner = check("claim " + unit, claims, officers);
            if (winner != null) {
                assertThat(tasks.createTaskQuery().taskId(prepare.getId()).singleResult().getAssignee()).isEqualTo(winner);
                Response unclaim = http.post(winner, "/engine-rest/task/" + prepare.getId() + "/unclaim", Map.of());
                assertThat(unclaim.status()).as(unclaim.toString()).isEqualTo(204);
            }
            List<Response> submits = race(officers, user -> http.post(user, "/engine-rest/task/" + prepare.getId() + "/submit-form",
                    HttpApi.variables(CycleDriver.planForm(unit))));
            check("plan of " + unit, submits, officers);
        }
        for (String unit : cycles.scoringUnits(cycleId)) {
            List<String> officers = twoMembers(OrgDirectoryService.officersGroup(unit));
            Task selfScore = driver.task(cycle.getId(), CycleProcess.SELF_SCORE, unit);
            String sheet = ((org.camunda.spin.plugin.variable.value.JsonValue) driver.scoreForm(cycleId, unit,
                    CycleDriver::threeQuarters).get("scoreItems")).getValueSerialized();
            List<Response> submits = race(officers, user -> http.post(user, "/engine-rest/task/" + selfScore.getId() + "/submit-form",
                    HttpApi.variables(Map.of("scoreItems", new TypedJson(sheet)))));
            check("score sheet of " + unit, submits, officers);
            List<String> heads = twoMembers(OrgDirectoryService.headsGroup(unit));
            Task signOff = driver.task(cycle.getId(), CycleProcess.SIGN_OFF_SCORES, unit);
            // one head approves, the other returns: only one decision may count
            List<Response> decisions = race(heads, user -> http.post(user, "/engine-rest/task/" + signOff.getId() + "/submit-form",
                    HttpApi.variables(heads.indexOf(user) == 0 ? CycleDriver.approve()
                            : CycleDriver.decision("RETURN", "Cần bổ sung tài liệu kiểm chứng."))));
            check("sign-off of " + unit, decisions, heads);
        }

        // our tables: one plan, one submission, one score per item, one sign-off decision per race; no second task
        assertThat(count("select count(*) from unit_plan where cycle_id = ?")).isEqualTo(planUnits.size());
        assertThat(count("select count(*) from unit_plan where cycle_id = ? and round <> 1")).isZero();
        assertThat(count("select count(*) from decision_log where work_kind = 'CYCLE' and work_id = ? and step = 'PLAN_SUBMITTED'")).isEqualTo(planUnits.size());
        int items = cycles.scoringUnits(cycleId).stream().mapToInt(unit -> scoring.assignedItems(cycleId, unit).size()).sum();
        assertThat(count("select count(*) from item_score where cycle_id = ?")).as("one score per item").isEqualTo(items);
        assertThat(count("select count(*) from item_score where cycle_id = ? and round <> 1")).isZero();
        assertThat(count("select count(*) from decision_log where work_kind = 'CYCLE' and work_id = ? and step = 'SCORES_SIGN_OFF'"))
                .isEqualTo(cycles.scoringUnits(cycleId).size());
        assertThat(count("select count(*) from cycle_unit where cycle_id = ? and round > 1")).isZero();
        for (String unit : cycles.scoringUnits(cycleId)) {
            long open = driver.openTasks(cycle.getId(), CycleProcess.REVIEW_SCORES).stream()
                    .filter(task -> unit.equals(tasks.getVariable(task.getId(), CycleProcess.UNIT_CODE))).count()
                    + driver.openTasks(cycle.getId(), CycleProcess.SELF_SCORE).stream()
                    .filter(task -> unit.equals(tasks.getVariable(task.getId(), CycleProcess.UNIT_CODE))).count();
            assertThat(open).as("exactly one next task for " + unit).isEqualTo(1);
        }
        System.out.printf("CONCURRENCY: %d races of two colleagues on one task (%d claims, %d form submissions): %d with exactly"
                + " one winner and a Vietnamese 409 for the other, %d wrong; stored twice: 0%n", races, claimRaces,
                races - claimRaces, races - wrong.size(), wrong.size());
        assertThat(wrong).isEmpty();
    }

    /** Both users act at the same moment. */
    private List<Response> race(List<String> users, Function<String, Response> action) throws Exception {
        races++;
        CyclicBarrier start = new CyclicBarrier(users.size());
        List<Future<Response>> results = new ArrayList<>();
        for (String user : users) {
            results.add(pool.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return action.apply(user);
            }));
        }
        List<Response> responses = new ArrayList<>();
        for (Future<Response> result : results) {
            responses.add(result.get(60, TimeUnit.SECONDS));
        }
        return responses;
    }

    /** One 204, one 409 with our Vietnamese message; returns the winner. */
    private String check(String what, List<Response> responses, List<String> users) {
        long won = responses.stream().filter(r -> r.status() == 204).count();
        List<Response> lost = responses.stream().filter(r -> r.status() != 204).toList();
        // a lost claim names who holds the task by their name, never their login
        boolean told = lost.stream().allMatch(r -> r.status() == 409 && (r.message().matches("(?s).*đã được Đồng nghiệp Thứ [12] nhận xử lý.*")
                || r.message().contains("không còn chờ xử lý") || r.message().contains("vừa được người khác xử lý")))
                && lost.stream().noneMatch(r -> users.stream().anyMatch(r.message()::contains));
        if (won != 1 || lost.size() != 1 || !told) {
            wrong.add(what + ": " + responses);
            return null;
        }
        return users.get(responses.indexOf(responses.stream().filter(r -> r.status() == 204).findFirst().orElseThrow()));
    }

    /**
     * Two members of the group, created for the test with password "demo" (the group's other members may have other
     * passwords: tests in this context add some).
     */
    private List<String> twoMembers(String group) {
        List<String> members = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String id = group.toLowerCase(java.util.Locale.ROOT) + "race" + i;
            members.add(id);
            if (createdUsers.contains(id)) {
                continue;
            }
            User user = identity.newUser(id);
            user.setFirstName("Đồng nghiệp");
            user.setLastName("Thứ " + (i + 1));
            user.setPassword("demo");
            identity.saveUser(user);
            identity.createMembership(id, group);
            createdUsers.add(id);
        }
        return members.subList(0, 2);
    }

    private int count(String sql) {
        return jdbc.sql(sql).param(cycleId).query(Integer.class).single();
    }
}
