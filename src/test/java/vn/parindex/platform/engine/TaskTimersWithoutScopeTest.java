package vn.parindex.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parindex.cycle.DeadlineDates;
import vn.parindex.cycle.process.CycleProcessService;
import vn.parindex.support.EngineClock;
import vn.parindex.support.HostTasks;
import vn.parindex.support.PostgresSpringTest;

/**
 * Issue 17: in a model marked for it, a user task's timeout-listener timer lives on the task's execution, without a
 * scope execution of the task's own (TaskTimersWithoutScope); a model without the marker (every version deployed
 * before it) keeps the engine's scopes, and its notices still work.
 */
class TaskTimersWithoutScopeTest extends PostgresSpringTest {

    private static final Date TIMER_AT = Date.from(EngineClock.at(2026, 3, 2, 8, 0).toInstant());

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    CycleProcessService processes;
    @Autowired
    JdbcClient jdbc;

    private final List<String> deployments = new ArrayList<>();

    @BeforeEach
    void deploy() {
        EngineClock.set(EngineClock.at(2026, 3, 1, 9, 0));
        String marked = resource("vn/parindex/platform/engine/timers-without-scope.bpmn");
        String watched = resource("vn/parindex/bench/watched-task.bpmn");
        deployments.add(engine.getRepositoryService().createDeployment().name("timers-without-scope")
                .addString("timers-without-scope.bpmn", marked)
                .addString("timers-with-scope.bpmn", withoutMarker(marked)
                        .replace("id=\"timers-without-scope\"", "id=\"timers-with-scope\""))
                .addString("scoped-watched-task.bpmn", withoutMarker(watched)
                        .replace("id=\"bench-watched-task\"", "id=\"scoped-watched-task\""))
                .deploy().getId());
    }

    @AfterEach
    void undeploy() {
        deployments.forEach(id -> engine.getRepositoryService().deleteDeployment(id, true));
    }

    @Test
    void aMarkedModelsTasksRunOnTheirUnitsExecutionWithTheirTimerThere() {
        ProcessInstance marked = start("timers-without-scope");
        ProcessInstance scoped = start("timers-with-scope");

        assertThat(executions(marked)).as("no execution of each task's own").isEqualTo(executions(scoped) - 2);
        Task firstA = task(marked, "userTask_first", "A");
        assertOneTimerPerOpenTask(marked);
        assertThat(timerOf(firstA).getDuedate()).isEqualTo(TIMER_AT);

        tasks.complete(firstA.getId());
        Task secondA = task(marked, "userTask_second", "A");
        assertThat(secondA.getExecutionId()).as("the next task runs on the same execution").isEqualTo(firstA.getExecutionId());
        assertOneTimerPerOpenTask(marked);

        Job timer = timerOf(secondA);
        EngineClock.set(EngineClock.at(2026, 3, 2, 8, 0));
        management.executeJob(timer.getId());
        assertThat(tasks.getVariableLocal(secondA.getId(), "timedOut")).as("the timeout listener ran on its task").isEqualTo(true);
        assertThat(management.createJobQuery().jobId(timer.getId()).count()).as("a time-date timer fires once").isZero();
        assertThat(timers(marked)).hasSize(1);

        // a task cancelled while a sibling starts in its unit, listeners skipped: its timer moves with it and goes with it
        Task firstB = task(marked, "userTask_first", "B");
        ActivityInstance unitB = activityInstanceOf(marked, firstB).get(0);
        ActivityInstance firstBInstance = activityInstanceOf(marked, firstB).get(1);
        runtime.createProcessInstanceModification(marked.getId())
                .startBeforeActivity("userTask_second", unitB.getId())
                .cancelActivityInstance(firstBInstance.getId())
                .execute(true, false);
        Task secondB = task(marked, "userTask_second", "B");
        assertThat(timerOf(secondB)).as("the new task's timer").isNotNull();
        assertThat(timers(marked)).as("the cancelled task's timer is gone").extracting(Job::getId)
                .containsExactly(timerOf(secondB).getId());
    }

    @Test
    void aTaskWithABoundaryEventKeepsItsScope() {
        Map<String, Object> variables = variables();
        variables.put("units", List.of());
        ProcessInstance marked = runtime.startProcessInstanceByKey("timers-without-scope", variables);
        Task guarded = tasks.createTaskQuery().processInstanceId(marked.getId()).singleResult();

        assertThat(guarded.getTaskDefinitionKey()).isEqualTo("userTask_guarded");
        assertThat(guarded.getExecutionId()).as("a scope of its own, for the boundary event").isNotEqualTo(marked.getId());
        assertOneTimerPerOpenTask(marked);

        tasks.complete(guarded.getId());
        Task last = tasks.createTaskQuery().processInstanceId(marked.getId()).singleResult();
        assertThat(last.getExecutionId()).as("without a boundary event, on the process instance").isEqualTo(marked.getId());
        assertOneTimerPerOpenTask(marked);
        tasks.complete(last.getId());
        assertThat(management.createJobQuery().processInstanceId(marked.getId()).count()).isZero();
    }

    /**
     * A task of a notice-timer model deployed before the marker: its own scope execution, the engine's timer moved to
     * the first step ahead as it is given, the step kept on its scope execution, and the next reminder on time.
     */
    @Test
    void aTaskOfAModelWithoutTheMarkerKeepsItsScopeAndItsNotices() {
        EngineClock.set(EngineClock.at(2026, 2, 12, 9, 0));
        ProcessInstance cycle = processes.start(2026, new DeadlineDates(LocalDate.of(2026, 2, 24), null, null, null, null, null));
        Task task = HostTasks.startForStp(engine, "scoped-watched-task", runtime.getVariable(cycle.getId(), "cycleId"),
                Date.from(EngineClock.at(2026, 2, 24, 17, 0).toInstant()), "Công việc theo mô hình trước");

        assertThat(task.getExecutionId()).as("a scope of its own").isNotEqualTo(task.getProcessInstanceId());
        assertThat(jdbc.sql("select step_code from skipped_notice where task_id = ?").param(task.getId())
                .query(String.class).list()).containsExactly("remind5");
        Job timer = EngineClock.noticeTimersOf(engine, task.getId()).get(0);
        assertThat(EngineClock.local(timer.getDuedate())).isEqualTo(LocalDateTime.of(2026, 2, 13, 8, 0));
        assertThat(runtime.getVariableLocal(task.getExecutionId(), EngineInternals.NOTICE_STEP)).isEqualTo(1);

        EngineClock.runNoticeTimersUntil(management, EngineClock.at(2026, 2, 13, 9, 0));
        assertThat(jdbc.sql("select step_code from notification where task_id = ?").param(task.getId())
                .query(String.class).list()).isNotEmpty().containsOnly("remind2");
        assertThat(EngineClock.local(EngineClock.noticeTimersOf(engine, task.getId()).get(0).getDuedate()))
                .isEqualTo(LocalDateTime.of(2026, 2, 23, 8, 0));
        runtime.deleteProcessInstance(task.getProcessInstanceId(), "test");
        runtime.deleteProcessInstance(cycle.getId(), "test");
    }

    private ProcessInstance start(String key) {
        return runtime.startProcessInstanceByKey(key, variables());
    }

    private Map<String, Object> variables() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("units", List.of("A", "B"));
        variables.put("timerAt", TIMER_AT);
        return variables;
    }

    private long executions(ProcessInstance instance) {
        return runtime.createExecutionQuery().processInstanceId(instance.getId()).count();
    }

    private Task task(ProcessInstance instance, String activityId, String unitCode) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activityId).list().stream()
                .filter(task -> unitCode.equals(runtime.getVariable(task.getExecutionId(), "unitCode")))
                .findFirst().orElseThrow();
    }

    private Job timerOf(Task task) {
        return management.createJobQuery().executionId(task.getExecutionId()).activityId(task.getTaskDefinitionKey())
                .timers().singleResult();
    }

    private List<Job> timers(ProcessInstance instance) {
        return management.createJobQuery().processInstanceId(instance.getId()).timers().list().stream()
                .filter(job -> management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
                        .singleResult().getJobType().equals("timer-task-listener"))
                .toList();
    }

    /** Every open task has exactly one timeout timer, on its own execution and activity; no other timeout timer is left. */
    private void assertOneTimerPerOpenTask(ProcessInstance instance) {
        List<Task> open = tasks.createTaskQuery().processInstanceId(instance.getId()).list();
        assertThat(open).isNotEmpty();
        for (Task task : open) {
            assertThat(management.createJobQuery().executionId(task.getExecutionId()).activityId(task.getTaskDefinitionKey())
                    .timers().list()).as("the timer of %s", task.getTaskDefinitionKey()).hasSize(1);
        }
        assertThat(timers(instance)).as("no timer outlives its task").hasSize(open.size());
    }

    /** The activity instances from the unit's subprocess instance down to the task's. */
    private List<ActivityInstance> activityInstanceOf(ProcessInstance instance, Task task) {
        ActivityInstance tree = runtime.getActivityInstance(instance.getId());
        for (ActivityInstance body : tree.getChildActivityInstances()) {
            for (ActivityInstance unit : body.getChildActivityInstances()) {
                for (ActivityInstance child : unit.getChildActivityInstances()) {
                    if (child.getActivityId().equals(task.getTaskDefinitionKey())
                            && List.of(child.getExecutionIds()).contains(task.getExecutionId())) {
                        return List.of(unit, child);
                    }
                }
            }
        }
        throw new AssertionError("no activity instance of task " + task.getId());
    }

    private static String withoutMarker(String model) {
        int start = model.indexOf("<bpmn:extensionElements>\n      <camunda:properties>");
        int end = model.indexOf("</bpmn:extensionElements>", start) + "</bpmn:extensionElements>".length();
        assertThat(start).as("the marker").isPositive();
        return model.substring(0, start) + model.substring(end);
    }

    private static String resource(String path) {
        try {
            return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
