package vn.parindex.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parindex.cycle.DeadlineDates;
import vn.parindex.cycle.process.CycleProcess;
import vn.parindex.cycle.process.CycleProcessService;
import vn.parindex.orgdirectory.OrgDirectoryService;
import vn.parindex.support.CycleDriver;
import vn.parindex.support.EngineClock;
import vn.parindex.support.PostgresSpringTest;

/**
 * Issue 17 (P1/P3 statements): what the engine runs for one completed task and one notice, by statement. The bounds
 * are generous for the totals, tight only where a change of ours removed a statement.
 */
class HotPathStatementsTest extends PostgresSpringTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    CycleProcessService processes;
    @Autowired
    CycleDriver driver;
    @Autowired
    JdbcClient jdbc;

    @Test
    void oneNoticeAndOneCompletion() {
        ProcessInstance cycle = cycleOpenedAt(1, 20);
        Task stpPlan = driver.task(cycle.getId(), CycleProcess.PREPARE_PLAN, "STP");

        Job timer = firstNoticeOf(stpPlan);
        ClockUtil.setCurrentTime(timer.getDuedate());
        Map<String, Long> notice = EngineStatements.count(engine, () -> engine.getManagementService().executeJob(timer.getId()));

        String officer = driver.memberOf(OrgDirectoryService.officersGroup("STP"));
        Map<String, Object> form = CycleDriver.planForm("STP");
        Map<String, Long> completion = EngineStatements.count(engine, () -> driver.submit(officer, stpPlan, form));

        Task stpSignOff = driver.task(cycle.getId(), CycleProcess.SIGN_OFF_PLAN, "STP");
        String head = driver.memberOf(OrgDirectoryService.headsGroup("STP"));
        Map<String, Long> decision = EngineStatements.count(engine, () -> driver.submit(head, stpSignOff, CycleDriver.approve()));

        // the notice reads the task's process variables from its execution; of the task's own it loads them once, for
        // its step (noticeStep, task-local since the task has no scope execution of its own: TaskTimersWithoutScope)
        assertThat(notice.getOrDefault("selectVariablesByTaskId", 0L)).as("notice: task variables").isEqualTo(1);
        assertThat(total(notice)).as("notice: every statement").isLessThanOrEqualTo(22);
        // the completed task's variables, and the engine's first look at those of the task the completion creates
        // (it has none yet; the engine has no public way to say so, and reaching into its fields for one statement
        // per task was judged not worth it)
        assertThat(completion.get("selectVariablesByTaskId")).as("completion: task variables").isEqualTo(2);
        assertThat(decision.get("selectVariablesByTaskId")).as("decision: task variables").isEqualTo(2);
        assertThat(total(completion)).as("completion: every statement").isLessThanOrEqualTo(110);
        assertThat(total(decision)).as("decision: every statement").isLessThanOrEqualTo(110);
    }

    /**
     * Plans given a day before their due date have passed three reminder steps, all to the unit's officers: giving the
     * tasks logs each as skipped with its recipients, reading each group's members once (it read them once per step),
     * and leaves no notice job due at once to do it (issue 17: on deadline day every task given cost one).
     */
    @Test
    void aTaskGivenLateReadsItsRecipientsOncePerGroup() {
        ClockUtil.setCurrentTime(Date.from(EngineClock.at(2026, 2, 23, 9, 0).toInstant()));
        List<ProcessInstance> opened = new ArrayList<>();
        Map<String, Long> opening = EngineStatements.count(engine, () -> opened.add(processes.start(2026,
                new DeadlineDates(LocalDate.of(2026, 2, 24), null, null, null, null, null))));
        ProcessInstance cycle = opened.get(0);
        Task stpPlan = driver.task(cycle.getId(), CycleProcess.PREPARE_PLAN, "STP");
        int plans = driver.openTasks(cycle.getId(), CycleProcess.PREPARE_PLAN).size();

        assertThat(skippedNotices(stpPlan)).as("the three reminders already past, logged as skipped").isEqualTo(3);
        assertThat(opening.get("selectUserByQueryCriteria")).as("each unit's officers read once").isEqualTo(plans);
        assertThat(EngineStatements.count(engine, () -> engine.getManagementService().createJobQuery()
                .processInstanceId(cycle.getId()).duedateLowerThan(new Date(ClockUtil.getCurrentTime().getTime() + 1))
                .list().forEach(job -> engine.getManagementService().executeJob(job.getId())))
                .getOrDefault("selectUserByQueryCriteria", 0L)).as("no notice job due at once reads them again").isZero();
        assertThat(firstNoticeOf(stpPlan).getDuedate()).as("the plan's timer waits for the first escalation")
                .isEqualTo(Date.from(EngineClock.at(2026, 2, 25, 8, 0).toInstant()));
    }

    /** The 2026 cycle opened at 9:00 on the given day of 2026, plans due on 24/02/2026. */
    private ProcessInstance cycleOpenedAt(int month, int day) {
        ClockUtil.setCurrentTime(Date.from(EngineClock.at(2026, month, day, 9, 0).toInstant()));
        return processes.start(2026, new DeadlineDates(LocalDate.of(2026, 2, 24), null, null, null, null, null));
    }

    private Job firstNoticeOf(Task task) {
        return EngineClock.noticeTimersOf(engine, task.getId()).get(0);
    }

    private int skippedNotices(Task task) {
        return jdbc.sql("select count(*) from skipped_notice where task_id = ?").param(task.getId()).query(Integer.class).single();
    }

    private static long total(Map<String, Long> counts) {
        return EngineStatements.sum(counts, "");
    }
}
