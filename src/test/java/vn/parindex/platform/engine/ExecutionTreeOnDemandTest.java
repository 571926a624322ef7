package vn.parindex.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parindex.cycle.DeadlineDates;
import vn.parindex.cycle.process.CycleProcess;
import vn.parindex.cycle.process.CycleProcessService;
import vn.parindex.orgdirectory.OrgDirectoryService;
import vn.parindex.support.CycleDriver;
import vn.parindex.support.EngineClock;
import vn.parindex.support.PostgresSpringTest;

/**
 * Issue 17 (scale curve): a command on one unit's task that only walks up from it (a notice timer firing, a form's
 * variables read, a task completed and the next one given) loads that task's executions, not every unit's: user
 * tasks are no scopes (TaskTimersWithoutScope), whose end made the engine map the activity instances of the whole tree
 * ({@code LegacyBehavior.destroySecondNonScope}). A unit's subprocess ending loads the tree once, in one statement, not
 * one statement per branch.
 */
class ExecutionTreeOnDemandTest extends PostgresSpringTest {

    private static final String WHOLE_TREE = "selectExecutionsByProcessInstanceId";
    private static final String CHILDREN = "selectExecutionsByParentExecutionId";
    private static final String ANCESTORS = "selectExecutionWithAncestors";

    @Autowired
    ProcessEngine engine;
    @Autowired
    CycleProcessService processes;
    @Autowired
    CycleDriver driver;

    @Test
    void oneUnitsWorkLoadsItsBranchAndOnlyAUnitsEndLoadsTheTreeOnce() {
        ClockUtil.setCurrentTime(Date.from(EngineClock.at(2026, 1, 20, 9, 0).toInstant()));
        ProcessInstance cycle = processes.start(2026, new DeadlineDates(LocalDate.of(2026, 2, 24), null, null, null, null, null));
        int planningUnits = driver.openTasks(cycle.getId(), CycleProcess.PREPARE_PLAN).size();
        assertThat(planningUnits).as("units planning").isGreaterThan(10);
        long executions = engine.getRuntimeService().createExecutionQuery().processInstanceId(cycle.getId()).count();

        Task plan = driver.task(cycle.getId(), CycleProcess.PREPARE_PLAN, "STP");
        Job timer = EngineClock.noticeTimersOf(engine, plan.getId()).get(0);
        ClockUtil.setCurrentTime(timer.getDuedate());
        Map<String, Long> notice = EngineStatements.count(engine, () -> engine.getManagementService().executeJob(timer.getId()));
        assertThat(notice.getOrDefault(WHOLE_TREE, 0L)).as("notice: the whole tree of " + executions + " executions").isZero();
        assertThat(notice.get(ANCESTORS)).as("notice: the task's execution and its ancestors").isPositive();

        Map<String, Long> formRead = EngineStatements.count(engine, () -> engine.getFormService()
                .getTaskFormVariables(plan.getId()));
        assertThat(formRead.getOrDefault(WHOLE_TREE, 0L)).as("form variables: the whole tree").isZero();

        Map<String, Long> submitted = EngineStatements.count(engine, () -> driver.submit(
                driver.memberOf(OrgDirectoryService.officersGroup("STP")), plan, CycleDriver.planForm("STP")));
        assertThat(submitted.getOrDefault(WHOLE_TREE, 0L)).as("plan submitted: never the whole tree").isZero();
        assertThat(submitted.getOrDefault(CHILDREN, 0L)).as("plan submitted: children one by one")
                .isLessThan(planningUnits / 2);

        driver.submit(driver.memberOf(OrgDirectoryService.headsGroup("STP")),
                driver.task(cycle.getId(), CycleProcess.SIGN_OFF_PLAN, "STP"), CycleDriver.approve());
        Task review = driver.task(cycle.getId(), CycleProcess.REVIEW_PLAN, "STP");
        Map<String, Long> accepted = EngineStatements.count(engine, () -> driver.submit(
                driver.memberOf("snvCoordinators"), review, CycleDriver.approve()));

        assertThat(driver.openTasks(cycle.getId(), CycleProcess.PREPARE_PLAN)).as("the other units still plan")
                .hasSize(planningUnits - 1);
        assertThat(accepted.getOrDefault(WHOLE_TREE, 0L)).as("unit's plan accepted: the tree, once").isEqualTo(1);
        assertThat(accepted.getOrDefault(CHILDREN, 0L)).as("unit's plan accepted: children one by one")
                .isLessThan(planningUnits / 2);
    }
}
