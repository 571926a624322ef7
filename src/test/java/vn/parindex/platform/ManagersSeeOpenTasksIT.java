package vn.parindex.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.parindex.cycle.DeadlineDates;
import vn.parindex.cycle.process.CycleProcess;
import vn.parindex.cycle.process.CycleProcessService;
import vn.parindex.internalindex.process.InternalIndexProcess;
import vn.parindex.remediation.process.RemediationProcess;
import vn.parindex.support.EngineClock;
import vn.parindex.support.HttpApi;
import vn.parindex.support.HttpApi.Response;
import vn.parindex.support.PostgresSpringTest;

/**
 * Cockpit's start page counts "Công việc đang mở" with a runtime task query as the logged-in user (issue 15 item 9):
 * the province's managers see every open task of the processes they watch, without being able to claim or complete
 * the units' tasks, and their Tasklist filters still show only their own groups' work.
 */
class ManagersSeeOpenTasksIT extends PostgresSpringTest {

    private static final List<String> MANAGERS = List.of("snvdieuphoi", "snvgiamdoc", "chutich", "phochutich");

    @LocalServerPort
    int port;
    @Autowired
    CycleProcessService processes;
    @Autowired
    TaskService tasks;
    @Autowired
    FilterService filters;
    @Autowired
    IdentityService identity;

    @Test
    void managersCountTheOpenTasksOfTheCycleButCannotWorkOnThem() {
        HttpApi http = HttpApi.demo(port, "admin");
        EngineClock.set(EngineClock.at(2026, 11, 25, 9, 0));
        ProcessInstance cycle = processes.start(2026, DeadlineDates.none());
        processes.guidanceReceived(2026);
        // the engine without a user: every task, what the managers watch
        long cycleTasks = tasks.createTaskQuery().processInstanceId(cycle.getId()).count();
        long watchedTasks = tasks.createTaskQuery().processDefinitionKeyIn(CycleProcess.PROCESS_KEY,
                RemediationProcess.PROCESS_KEY, InternalIndexProcess.PROCESS_KEY).count();
        assertThat(cycleTasks).as("each unit's plan is open").isGreaterThan(10);
        Task unitTask = tasks.createTaskQuery().processInstanceId(cycle.getId())
                .taskDefinitionKey(CycleProcess.PREPARE_PLAN).list().get(0);

        for (String manager : MANAGERS) {
            // what Cockpit's dashboard asks (camAPI task.count({})) and its task search of the instance
            assertThat(count(http.post(manager, "/engine-rest/task/count", Map.of())))
                    .as("%s: Cockpit's open tasks", manager).isEqualTo(watchedTasks);
            assertThat(count(http.get(manager, "/engine-rest/task/count?processInstanceId=" + cycle.getId())))
                    .as("%s: open tasks of the cycle", manager).isEqualTo(cycleTasks);
            assertThat(http.post(manager, "/engine-rest/task/" + unitTask.getId() + "/claim", Map.of("userId", manager))
                    .status()).as("%s claims a unit's task", manager).isEqualTo(403);
            assertThat(http.post(manager, "/engine-rest/task/" + unitTask.getId() + "/complete", Map.of()).status())
                    .as("%s completes a unit's task", manager).isEqualTo(403);
            assertThat(http.post(manager, "/engine-rest/task/" + unitTask.getId() + "/assignee", Map.of("userId", manager))
                    .status()).as("%s assigns a unit's task", manager).isEqualTo(403);
        }
        assertThat(tasks.createTaskQuery().processInstanceId(cycle.getId()).taskAssigned().count())
                .as("nobody got a task").isZero();

        // Tasklist's "Việc của đơn vị" shows a manager their groups' work, not every task they may read
        Filter unitWork = filters.createFilterQuery().filterName("Việc của đơn vị").singleResult();
        for (String manager : MANAGERS) {
            List<String> groups = identity.createGroupQuery().groupMember(manager).list().stream().map(Group::getId).toList();
            assertThat(groups).as("%s's groups", manager).isNotEmpty();
            long own = tasks.createTaskQuery().taskCandidateGroupIn(groups).includeAssignedTasks().count();
            assertThat(count(http.get(manager, "/engine-rest/filter/" + unitWork.getId() + "/count")))
                    .as("%s: Tasklist's unit filter", manager).isEqualTo(own).isLessThan(cycleTasks);
        }
    }

    private static long count(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("count").asLong();
    }
}
