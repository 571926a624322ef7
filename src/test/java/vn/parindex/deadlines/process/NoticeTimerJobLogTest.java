package vn.parindex.deadlines.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.jobexecutor.TimerTaskListenerJobHandler;
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
 * Issue 17 (P1 statements): the tasks' notice timers leave no routine job-log rows (created, run, deleted with the
 * task: nobody reads them, the notices are in our notification table), while a notice timer's failure is still
 * logged with its message, and the cycle's other timers keep their whole job log.
 */
class NoticeTimerJobLogTest extends PostgresSpringTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;
    @Autowired
    CycleProcessService processes;
    @Autowired
    CycleDriver driver;
    @Autowired
    JdbcClient jdbc;

    @Test
    void noticeTimersLogOnlyTheirFailures() {
        ClockUtil.setCurrentTime(Date.from(EngineClock.at(2026, 1, 20, 9, 0).toInstant()));
        ProcessInstance cycle = processes.start(2026, new DeadlineDates(LocalDate.of(2026, 2, 24), null, null, null, null, null));
        Task stpPlan = driver.task(cycle.getId(), CycleProcess.PREPARE_PLAN, "STP");
        EngineClock.runNoticeTimersUntil(management, EngineClock.at(2026, 2, 13, 9, 0));
        assertThat(jdbc.sql("select count(*) from notification where task_id = ?").param(stpPlan.getId())
                .query(Integer.class).single()).as("two reminders sent").isEqualTo(2);
        driver.submit(driver.memberOf(OrgDirectoryService.officersGroup("STP")), stpPlan, CycleDriver.planForm("STP"));

        assertThat(noticeTimerLog(cycle.getId())).as("created, run and deleted: no rows").isEmpty();
        assertThat(history.createHistoricJobLogQuery().processInstanceId(cycle.getId()).count())
                .as("the cycle's other jobs keep their job log").isPositive();

        // a notice timer that fails (its step position unreadable) is logged as a failure, with its message
        Task vpubndPlan = driver.task(cycle.getId(), CycleProcess.PREPARE_PLAN, "VPUBND");
        Job timer = EngineClock.noticeTimersOf(engine, vpubndPlan.getId()).get(0);
        engine.getTaskService().setVariableLocal(vpubndPlan.getId(), "noticeStep", "không phải số");
        ClockUtil.setCurrentTime(timer.getDuedate());
        assertThatThrownBy(() -> management.executeJob(timer.getId())).isInstanceOf(RuntimeException.class);

        List<HistoricJobLog> failures = noticeTimerLog(cycle.getId());
        assertThat(failures).as("only the failure").hasSize(1);
        assertThat(failures.get(0).isFailureLog()).isTrue();
        assertThat(failures.get(0).getJobId()).isEqualTo(timer.getId());
        assertThat(failures.get(0).getJobExceptionMessage()).isNotBlank();
    }

    private List<HistoricJobLog> noticeTimerLog(String processInstanceId) {
        return history.createHistoricJobLogQuery().processInstanceId(processInstanceId)
                .jobDefinitionType(TimerTaskListenerJobHandler.TYPE).list();
    }
}
