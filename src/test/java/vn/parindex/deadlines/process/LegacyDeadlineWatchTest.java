package vn.parindex.deadlines.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parindex.cycle.DeadlineDates;
import vn.parindex.cycle.process.CycleProcessService;
import vn.parindex.support.EngineClock;
import vn.parindex.support.HostTasks;
import vn.parindex.support.PostgresSpringTest;

/**
 * A database of the version before the notice timers: the watch model {@code task-deadline-watch} and a task model
 * with {@code ${deadlineWatchListener}} deployed as that version left them. Its tasks still get their watch and their
 * notices, and the watch ends with the task.
 */
class LegacyDeadlineWatchTest extends PostgresSpringTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    CycleProcessService processes;
    @Autowired
    JdbcClient jdbc;

    private String deployment;

    @BeforeEach
    void deployThePreviousVersionsModels() {
        deployment = engine.getRepositoryService().createDeployment().name("previous-version")
                .addClasspathResource("vn/parindex/deadlines/legacy/task-deadline-watch.bpmn")
                .addClasspathResource("vn/parindex/deadlines/legacy/legacy-watched-task.bpmn").deploy().getId();
    }

    @AfterEach
    void undeploy() {
        engine.getRepositoryService().deleteDeployment(deployment, true);
    }

    @Test
    void aTaskOfAnOldModelIsWatchedRemindedAndItsWatchEndsWithIt() {
        EngineClock.set(EngineClock.at(2026, 1, 20, 9, 0));
        ProcessInstance cycle = processes.start(2026, new DeadlineDates(LocalDate.of(2026, 2, 24), null, null, null, null, null));
        Task task = HostTasks.startForStp(engine, "legacy-watched-task", runtime.getVariable(cycle.getId(), "cycleId"),
                Date.from(EngineClock.at(2026, 2, 24, 17, 0).toInstant()), "Công việc theo mô hình cũ");

        ProcessInstance watch = runtime.createProcessInstanceQuery().processDefinitionKey(LegacyDeadlineWatch.PROCESS_KEY)
                .processInstanceBusinessKey(task.getId()).singleResult();
        assertThat(watch).as("the old model's task still gets its watch").isNotNull();
        assertThat(EngineClock.noticeTimersOf(engine, task.getId())).as("and no notice timer of its own").isEmpty();

        EngineClock.runTimersUntil(management, LegacyDeadlineWatch.PROCESS_KEY, EngineClock.at(2026, 2, 13, 9, 0));
        assertThat(jdbc.sql("select step_code from notification where task_id = ? order by queued_at").param(task.getId())
                .query(String.class).list()).containsExactly("remind5", "remind2");
        Job next = management.createJobQuery().processInstanceId(watch.getId()).singleResult();
        assertThat(EngineClock.local(next.getDuedate())).isEqualTo(LocalDateTime.of(2026, 2, 23, 8, 0));

        engine.getTaskService().complete(task.getId());
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(watch.getId()).count()).as("the watch ended").isZero();
        assertThat(management.createJobQuery().jobId(next.getId()).count()).isZero();
        assertThat(List.of(task.getProcessInstanceId())).allSatisfy(id ->
                assertThat(runtime.createProcessInstanceQuery().processInstanceId(id).count()).isZero());
    }
}
