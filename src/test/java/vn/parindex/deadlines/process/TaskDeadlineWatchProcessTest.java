package vn.parindex.deadlines.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parindex.cycle.DeadlineDates;
import vn.parindex.cycle.process.CycleProcess;
import vn.parindex.cycle.process.CycleProcessService;
import vn.parindex.notification.SkippedNotices;
import vn.parindex.support.CycleDriver;
import vn.parindex.support.EngineClock;
import vn.parindex.support.PostgresSpringTest;

/**
 * {@code task-deadline-watch}: the engine clock walks a plan phase whose deadline is Tuesday 24/02/2026, just after
 * Tết Bính Ngọ (holidays 16–20/02), and every reminder and escalation must fire on its working day and nowhere else.
 */
class TaskDeadlineWatchProcessTest extends PostgresSpringTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate PLAN_DUE = LocalDate.of(2026, 2, 24);

    record Fired(String unit, String task, String step, LocalDateTime at, String recipient) {
    }

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    CycleProcessService processes;
    @Autowired
    CycleDriver driver;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void initAssertions() {
        BpmnAwareTests.init(engine);
    }

    @Test
    void remindsOnWorkingDaysBeforeTheDeadlineAndEscalatesUpTheLadderAfterIt() {
        ProcessInstance cycle = openCycleOn(EngineClock.at(2026, 1, 20, 9, 0));
        Task stpPlan = driver.task(cycle.getId(), CycleProcess.PREPARE_PLAN, "STP");
        ProcessInstance watch = watchOf(stpPlan);
        assertThat(watch).isWaitingAt(DeadlineWatchProcess.TIMER_NEXT_NOTICE);

        EngineClock.runTimersUntil(management, DeadlineWatchProcess.PROCESS_KEY, EngineClock.at(2026, 3, 10, 18, 0));

        // 5 working days before Tue 24/02 is Tue 10/02 (counting back over Tết), not Thu 19/02, a Tết holiday
        Assertions.assertThat(fired("STP", stpPlan.getId())).containsExactly(
                new Fired("STP", stpPlan.getId(), "remind5", LocalDateTime.of(2026, 2, 10, 8, 0), "stpchuyenvien"),
                new Fired("STP", stpPlan.getId(), "remind2", LocalDateTime.of(2026, 2, 13, 8, 0), "stpchuyenvien"),
                new Fired("STP", stpPlan.getId(), "remind1", LocalDateTime.of(2026, 2, 23, 8, 0), "stpchuyenvien"),
                new Fired("STP", stpPlan.getId(), "escalateHead", LocalDateTime.of(2026, 2, 25, 8, 0), "stpthutruong"),
                new Fired("STP", stpPlan.getId(), "escalateSnvDirector", LocalDateTime.of(2026, 2, 27, 8, 0), "snvgiamdoc"),
                new Fired("STP", stpPlan.getId(), "escalateChairmanOffice", LocalDateTime.of(2026, 3, 6, 8, 0), "vpubndthutruong"));
        assertThat(watch).isEnded().hasPassed(DeadlineWatchProcess.END);
    }

    @Test
    void aTaskCompletedJustBeforeItsNextEscalationGetsNoMoreNoticesAndItsSuccessorIsWatchedFromNow() {
        ProcessInstance cycle = openCycleOn(EngineClock.at(2026, 1, 20, 9, 0));
        Task vpubndPlan = driver.task(cycle.getId(), CycleProcess.PREPARE_PLAN, "VPUBND");
        ProcessInstance watch = watchOf(vpubndPlan);

        EngineClock.runTimersUntil(management, DeadlineWatchProcess.PROCESS_KEY, EngineClock.at(2026, 2, 27, 7, 59));
        driver.submit("vpubndchuyenvien", vpubndPlan, CycleDriver.planForm("VPUBND"));
        assertThat(watch).isEnded();
        Assertions.assertThat(runtime.createProcessInstanceQuery().processInstanceId(watch.getId()).count()).isZero();

        Task signOff = driver.task(cycle.getId(), CycleProcess.SIGN_OFF_PLAN, "VPUBND");
        EngineClock.runTimersUntil(management, DeadlineWatchProcess.PROCESS_KEY, EngineClock.at(2026, 3, 10, 18, 0));

        Assertions.assertThat(fired("VPUBND", vpubndPlan.getId())).extracting(Fired::step, Fired::at)
                .containsExactly(Assertions.tuple("remind5", LocalDateTime.of(2026, 2, 10, 8, 0)),
                        Assertions.tuple("remind2", LocalDateTime.of(2026, 2, 13, 8, 0)),
                        Assertions.tuple("remind1", LocalDateTime.of(2026, 2, 23, 8, 0)),
                        Assertions.tuple("escalateHead", LocalDateTime.of(2026, 2, 25, 8, 0)));
        // the head's sign-off is already late when it is created (27/02 07:59, after the head's escalation of
        // 25/02): it gets that escalation at once, then the steps still ahead; the reminders are logged as skipped
        Assertions.assertThat(fired("VPUBND", signOff.getId())).extracting(Fired::step, Fired::at, Fired::recipient)
                .containsExactly(Assertions.tuple("escalateHead", LocalDateTime.of(2026, 2, 27, 7, 59), "vpubndthutruong"),
                        Assertions.tuple("escalateSnvDirector", LocalDateTime.of(2026, 2, 27, 8, 0), "snvgiamdoc"),
                        Assertions.tuple("escalateChairmanOffice", LocalDateTime.of(2026, 3, 6, 8, 0), "vpubndthutruong"));
        Assertions.assertThat(skipped(signOff.getId())).containsExactly(
                "remind5|" + SkippedNotices.PAST_WHEN_GIVEN, "remind2|" + SkippedNotices.PAST_WHEN_GIVEN,
                "remind1|" + SkippedNotices.PAST_WHEN_GIVEN);
    }

    @Test
    void aRetriedNoticeJobQueuesNothingTwice() {
        ProcessInstance cycle = openCycleOn(EngineClock.at(2026, 1, 20, 9, 0));
        Task stpPlan = driver.task(cycle.getId(), CycleProcess.PREPARE_PLAN, "STP");
        EngineClock.runTimersUntil(management, DeadlineWatchProcess.PROCESS_KEY, EngineClock.at(2026, 2, 10, 9, 0));
        String watchId = watchOf(stpPlan).getId();
        // the same step queued again, as a job retried after a crash between queueing and its commit would
        runtime.setVariable(watchId, DeadlineWatchProcess.NOTICE_STEP, 0);
        Job next = management.createJobQuery().processInstanceId(watchId).singleResult();
        management.setJobDuedate(next.getId(), Date.from(EngineClock.at(2026, 2, 10, 9, 0).toInstant()));
        management.executeJob(next.getId());

        Assertions.assertThat(fired("STP", stpPlan.getId())).extracting(Fired::step).containsExactly("remind5");
    }

    @Test
    void aTaskGivenAfterEveryStepGetsTheLatestEscalationAtOnceAndTheLogSaysWhyTheOthersWereSkipped() {
        ProcessInstance cycle = openCycleOn(EngineClock.at(2026, 3, 20, 9, 0));
        Task stpPlan = driver.task(cycle.getId(), CycleProcess.PREPARE_PLAN, "STP");
        ProcessInstance watch = watchOf(stpPlan);
        Assertions.assertThat(management.createJobQuery().processInstanceId(watch.getId()).singleResult().getDuedate())
                .as("due at once, when the task was given").isEqualTo(Date.from(EngineClock.at(2026, 3, 20, 9, 0).toInstant()));

        EngineClock.runTimersUntil(management, DeadlineWatchProcess.PROCESS_KEY, EngineClock.at(2026, 3, 20, 9, 0));

        Assertions.assertThat(fired("STP", stpPlan.getId())).containsExactly(new Fired("STP", stpPlan.getId(),
                "escalateChairmanOffice", LocalDateTime.of(2026, 3, 20, 9, 0), "vpubndthutruong"));
        Assertions.assertThat(skipped(stpPlan.getId())).containsExactly(
                "remind5|" + SkippedNotices.PAST_WHEN_GIVEN, "remind2|" + SkippedNotices.PAST_WHEN_GIVEN,
                "remind1|" + SkippedNotices.PAST_WHEN_GIVEN, "escalateHead|" + SkippedNotices.SUPERSEDED_WHEN_GIVEN,
                "escalateSnvDirector|" + SkippedNotices.SUPERSEDED_WHEN_GIVEN);
        assertThat(watch).isEnded().hasPassed(DeadlineWatchProcess.END);
    }

    @Test
    void aTaskGivenBetweenItsRemindersSkipsThePastOnesAndIsRemindedOfTheRest() {
        ProcessInstance cycle = openCycleOn(EngineClock.at(2026, 2, 12, 9, 0));
        Task stpPlan = driver.task(cycle.getId(), CycleProcess.PREPARE_PLAN, "STP");

        EngineClock.runTimersUntil(management, DeadlineWatchProcess.PROCESS_KEY, EngineClock.at(2026, 2, 25, 9, 0));

        Assertions.assertThat(fired("STP", stpPlan.getId())).extracting(Fired::step, Fired::at).containsExactly(
                Assertions.tuple("remind2", LocalDateTime.of(2026, 2, 13, 8, 0)),
                Assertions.tuple("remind1", LocalDateTime.of(2026, 2, 23, 8, 0)),
                Assertions.tuple("escalateHead", LocalDateTime.of(2026, 2, 25, 8, 0)));
        Assertions.assertThat(skipped(stpPlan.getId())).containsExactly("remind5|" + SkippedNotices.PAST_WHEN_GIVEN);
    }

    private List<String> skipped(String taskId) {
        return jdbc.sql("select step_code || '|' || reason from skipped_notice where task_id = ? order by id")
                .param(taskId).query(String.class).list();
    }

    private ProcessInstance openCycleOn(OffsetDateTime now) {
        ClockUtil.setCurrentTime(Date.from(now.toInstant()));
        return processes.start(2026, new DeadlineDates(PLAN_DUE, null, null, null, null, null));
    }

    private ProcessInstance watchOf(Task task) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(DeadlineWatchProcess.PROCESS_KEY)
                .processInstanceBusinessKey(task.getId()).singleResult();
    }

    private List<Fired> fired(String unit, String taskId) {
        return jdbc.sql("""
                        select unit_code, task_id, step_code, queued_at, recipient_user from notification
                        where unit_code = ? and task_id = ? order by queued_at, id""").params(unit, taskId)
                .query((rs, row) -> new Fired(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).atZoneSameInstant(ZONE).toLocalDateTime(), rs.getString(5)))
                .list();
    }
}
