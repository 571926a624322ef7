package vn.parindex.deadlines.process;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.IdentityService;
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
import vn.parindex.common.ReferenceCache;
import vn.parindex.cycle.CycleMovableDeadlines;
import vn.parindex.cycle.DeadlineDates;
import vn.parindex.cycle.DeadlineKind;
import vn.parindex.cycle.process.CycleProcess;
import vn.parindex.cycle.process.CycleProcessService;
import vn.parindex.notification.SkippedNotices;
import vn.parindex.support.CycleDriver;
import vn.parindex.support.EngineClock;
import vn.parindex.support.HostTasks;
import vn.parindex.support.PostgresSpringTest;

/**
 * A task's notice timer (the timeout listener {@code taskListener_notice}, {@link NoticeTimer}): the engine clock walks
 * a plan phase whose deadline is Tuesday 24/02/2026, just after Tết Bính Ngọ (holidays 16–20/02), and every reminder
 * and escalation must fire on its working day and nowhere else; no process instance per task.
 */
class NoticeTimerProcessTest extends PostgresSpringTest {

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
    @Autowired
    IdentityService identity;
    @Autowired
    DeadlineChangeService deadlineChanges;
    @Autowired
    CycleMovableDeadlines cycleDeadlines;
    @Autowired
    ReferenceCache referenceCache;

    @BeforeEach
    void initAssertions() {
        BpmnAwareTests.init(engine);
    }

    @Test
    void remindsOnWorkingDaysBeforeTheDeadlineAndEscalatesUpTheLadderAfterIt() {
        ProcessInstance cycle = openCycleOn(EngineClock.at(2026, 1, 20, 9, 0));
        Task stpPlan = driver.task(cycle.getId(), CycleProcess.PREPARE_PLAN, "STP");
        Assertions.assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("task-deadline-watch").count())
                .as("no process instance per task").isZero();
        Job first = timerOf(stpPlan);
        Assertions.assertThat(first.getProcessInstanceId()).isEqualTo(cycle.getId());
        Assertions.assertThat(EngineClock.local(first.getDuedate())).isEqualTo(LocalDateTime.of(2026, 2, 10, 8, 0));

        EngineClock.runNoticeTimersUntil(management, EngineClock.at(2026, 3, 10, 18, 0));

        // 5 working days before Tue 24/02 is Tue 10/02 (counting back over Tết), not Thu 19/02, a Tết holiday
        Assertions.assertThat(fired("STP", stpPlan.getId())).containsExactly(
                new Fired("STP", stpPlan.getId(), "remind5", LocalDateTime.of(2026, 2, 10, 8, 0), "stpchuyenvien"),
                new Fired("STP", stpPlan.getId(), "remind2", LocalDateTime.of(2026, 2, 13, 8, 0), "stpchuyenvien"),
                new Fired("STP", stpPlan.getId(), "remind1", LocalDateTime.of(2026, 2, 23, 8, 0), "stpchuyenvien"),
                new Fired("STP", stpPlan.getId(), "escalateHead", LocalDateTime.of(2026, 2, 25, 8, 0), "stpthutruong"),
                new Fired("STP", stpPlan.getId(), "escalateSnvDirector", LocalDateTime.of(2026, 2, 27, 8, 0), "snvgiamdoc"),
                new Fired("STP", stpPlan.getId(), "escalateChairmanOffice", LocalDateTime.of(2026, 3, 6, 8, 0), "vpubndthutruong"));
        Assertions.assertThat(EngineClock.noticeTimersOf(engine, stpPlan.getId())).as("every step done").isEmpty();
        Assertions.assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
                .variableName("noticeStep").count()).as("the step position is not history").isZero();
    }

    @Test
    void aTaskCompletedJustBeforeItsNextEscalationGetsNoMoreNoticesAndItsSuccessorIsWatchedFromNow() {
        ProcessInstance cycle = openCycleOn(EngineClock.at(2026, 1, 20, 9, 0));
        Task vpubndPlan = driver.task(cycle.getId(), CycleProcess.PREPARE_PLAN, "VPUBND");
        String timer = timerOf(vpubndPlan).getId();

        EngineClock.runNoticeTimersUntil(management, EngineClock.at(2026, 2, 27, 7, 59));
        String pending = timerOf(vpubndPlan).getId();
        Assertions.assertThat(pending).as("each step's timer is a new job").isNotEqualTo(timer);
        driver.submit("vpubndchuyenvien", vpubndPlan, CycleDriver.planForm("VPUBND"));
        Assertions.assertThat(management.createJobQuery().jobId(pending).count()).as("gone with the task").isZero();

        Task signOff = driver.task(cycle.getId(), CycleProcess.SIGN_OFF_PLAN, "VPUBND");
        EngineClock.runNoticeTimersUntil(management, EngineClock.at(2026, 3, 10, 18, 0));

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
        EngineClock.runNoticeTimersUntil(management, EngineClock.at(2026, 2, 10, 9, 0));
        Job next = timerOf(stpPlan);
        // the same step queued again, as a job retried after a crash between queueing and its commit would
        engine.getTaskService().setVariableLocal(stpPlan.getId(), "noticeStep", 0);
        management.setJobDuedate(next.getId(), Date.from(EngineClock.at(2026, 2, 10, 9, 0).toInstant()));
        management.executeJob(next.getId());

        Assertions.assertThat(fired("STP", stpPlan.getId())).extracting(Fired::step).containsExactly("remind5");
    }

    @Test
    void aTaskGivenAfterEveryStepGetsTheLatestEscalationAtOnceAndTheLogSaysWhyTheOthersWereSkipped() {
        ProcessInstance cycle = openCycleOn(EngineClock.at(2026, 3, 20, 9, 0));
        Task stpPlan = driver.task(cycle.getId(), CycleProcess.PREPARE_PLAN, "STP");
        Assertions.assertThat(timerOf(stpPlan).getDuedate())
                .as("due at once, when the task was given").isEqualTo(Date.from(EngineClock.at(2026, 3, 20, 9, 0).toInstant()));

        EngineClock.runNoticeTimersUntil(management, EngineClock.at(2026, 3, 20, 9, 0));

        Assertions.assertThat(fired("STP", stpPlan.getId())).containsExactly(new Fired("STP", stpPlan.getId(),
                "escalateChairmanOffice", LocalDateTime.of(2026, 3, 20, 9, 0), "vpubndthutruong"));
        Assertions.assertThat(skipped(stpPlan.getId())).containsExactly(
                "remind5|" + SkippedNotices.PAST_WHEN_GIVEN, "remind2|" + SkippedNotices.PAST_WHEN_GIVEN,
                "remind1|" + SkippedNotices.PAST_WHEN_GIVEN, "escalateHead|" + SkippedNotices.SUPERSEDED_WHEN_GIVEN,
                "escalateSnvDirector|" + SkippedNotices.SUPERSEDED_WHEN_GIVEN);
        Assertions.assertThat(EngineClock.noticeTimersOf(engine, stpPlan.getId())).isEmpty();
    }

    @Test
    void aTaskGivenBetweenItsRemindersSkipsThePastOnesAndIsRemindedOfTheRest() {
        ProcessInstance cycle = openCycleOn(EngineClock.at(2026, 2, 12, 9, 0));
        Task stpPlan = driver.task(cycle.getId(), CycleProcess.PREPARE_PLAN, "STP");

        EngineClock.runNoticeTimersUntil(management, EngineClock.at(2026, 2, 25, 9, 0));

        Assertions.assertThat(fired("STP", stpPlan.getId())).extracting(Fired::step, Fired::at).containsExactly(
                Assertions.tuple("remind2", LocalDateTime.of(2026, 2, 13, 8, 0)),
                Assertions.tuple("remind1", LocalDateTime.of(2026, 2, 23, 8, 0)),
                Assertions.tuple("escalateHead", LocalDateTime.of(2026, 2, 25, 8, 0)));
        Assertions.assertThat(skipped(stpPlan.getId())).containsExactly("remind5|" + SkippedNotices.PAST_WHEN_GIVEN);
    }

    @Test
    void aTaskGivenAfterSomeRemindersLogsThemAsItIsGivenAndItsTimerWaitsForTheNextStep() {
        ProcessInstance cycle = openCycleOn(EngineClock.at(2026, 2, 12, 9, 0));
        Task stpPlan = driver.task(cycle.getId(), CycleProcess.PREPARE_PLAN, "STP");

        // before any job ran: logged by the transaction that gave the task, and no timer due at once to do it (issue 17)
        Assertions.assertThat(skipped(stpPlan.getId())).containsExactly("remind5|" + SkippedNotices.PAST_WHEN_GIVEN);
        Assertions.assertThat(EngineClock.local(timerOf(stpPlan).getDuedate())).isEqualTo(LocalDateTime.of(2026, 2, 13, 8, 0));
        Assertions.assertThat(engine.getTaskService().getVariableLocal(stpPlan.getId(), "noticeStep")).isEqualTo(1);

        EngineClock.runNoticeTimersUntil(management, EngineClock.at(2026, 2, 13, 9, 0));
        Assertions.assertThat(fired("STP", stpPlan.getId())).extracting(Fired::step).isNotEmpty().containsOnly("remind2");
        Assertions.assertThat(skipped(stpPlan.getId())).as("logged once").hasSize(1);
    }

    @Test
    void aDeadlineMovedLaterMovesThePendingTimerToTheStepsNewDate() {
        ProcessInstance cycle = openCycleOn(EngineClock.at(2026, 2, 1, 9, 0));
        Task stpPlan = driver.task(cycle.getId(), CycleProcess.PREPARE_PLAN, "STP");
        EngineClock.runNoticeTimersUntil(management, EngineClock.at(2026, 2, 10, 9, 0));
        Assertions.assertThat(EngineClock.local(timerOf(stpPlan).getDuedate())).isEqualTo(LocalDateTime.of(2026, 2, 13, 8, 0));

        var result = moveThePlanDeadlineTo(LocalDate.of(2026, 3, 10));

        Assertions.assertThat(result.timersMoved()).as("every plan task's notice timer").isGreaterThanOrEqualTo(
                driver.openTasks(cycle.getId(), CycleProcess.PREPARE_PLAN).size());
        // the next step is still remind2, now 2 working days before Tue 10/03
        Assertions.assertThat(EngineClock.local(timerOf(stpPlan).getDuedate())).isEqualTo(LocalDateTime.of(2026, 3, 6, 8, 0));
        EngineClock.runNoticeTimersUntil(management, EngineClock.at(2026, 3, 11, 9, 0));
        Assertions.assertThat(fired("STP", stpPlan.getId())).extracting(Fired::step, Fired::at).containsExactly(
                Assertions.tuple("remind5", LocalDateTime.of(2026, 2, 10, 8, 0)),
                Assertions.tuple("deadlineChange", LocalDateTime.of(2026, 2, 10, 9, 0)),
                Assertions.tuple("remind2", LocalDateTime.of(2026, 3, 6, 8, 0)),
                Assertions.tuple("remind1", LocalDateTime.of(2026, 3, 9, 8, 0)),
                Assertions.tuple("escalateHead", LocalDateTime.of(2026, 3, 11, 8, 0)));
    }

    @Test
    void aTaskWhoseStepsHadAllPassedGetsItsTimerAgainWhenTheDeadlineMovesLater() {
        ProcessInstance cycle = openCycleOn(EngineClock.at(2026, 3, 20, 9, 0));
        Task stpPlan = driver.task(cycle.getId(), CycleProcess.PREPARE_PLAN, "STP");
        EngineClock.runNoticeTimersUntil(management, EngineClock.at(2026, 3, 20, 9, 0));
        Assertions.assertThat(EngineClock.noticeTimersOf(engine, stpPlan.getId())).as("every step passed").isEmpty();

        moveThePlanDeadlineTo(LocalDate.of(2026, 4, 20));

        // from the first step still ahead: 5 working days before Mon 20/04 is Mon 13/04; the ones between not sent late
        Assertions.assertThat(EngineClock.local(timerOf(stpPlan).getDuedate())).isEqualTo(LocalDateTime.of(2026, 4, 13, 8, 0));
        EngineClock.runNoticeTimersUntil(management, EngineClock.at(2026, 4, 17, 18, 0));
        Assertions.assertThat(fired("STP", stpPlan.getId())).extracting(Fired::step).containsExactly(
                "escalateChairmanOffice", "deadlineChange", "remind5", "remind2", "remind1");
    }

    @Test
    void aTaskWithoutADueDateOrANoticeContextGetsNoNotices() {
        ProcessInstance cycle = openCycleOn(EngineClock.at(2026, 1, 20, 9, 0));
        Object cycleId = runtime.getVariable(cycle.getId(), "cycleId");
        String deployment = engine.getRepositoryService().createDeployment().name("notice-timer-test")
                .addClasspathResource("vn/parindex/bench/watched-task.bpmn").deploy().getId();
        Date due = Date.from(EngineClock.at(2026, 2, 24, 17, 0).toInstant());
        Task noDueDate = hostTask(cycleId, null);
        Task noContext = hostTask(null, due);
        Task withBoth = hostTask(cycleId, due);

        // the first two: a timer due at once that does nothing and leaves nothing behind
        Assertions.assertThat(timerOf(noDueDate).getDuedate()).isEqualTo(Date.from(EngineClock.at(2026, 1, 20, 9, 0).toInstant()));
        EngineClock.runNoticeTimersUntil(management, EngineClock.at(2026, 3, 10, 18, 0));
        for (Task task : List.of(noDueDate, noContext)) {
            Assertions.assertThat(EngineClock.noticeTimersOf(engine, task.getId())).isEmpty();
            Assertions.assertThat(jdbc.sql("select count(*) from notification where task_id = ?").param(task.getId())
                    .query(Integer.class).single()).isZero();
        }
        Assertions.assertThat(fired("STP", withBoth.getId())).extracting(Fired::step).containsExactly("remind5", "remind2",
                "remind1", "escalateHead", "escalateSnvDirector", "escalateChairmanOffice");
        engine.getRepositoryService().deleteDeployment(deployment, true);
    }

    private Task hostTask(Object cycleId, Date due) {
        return HostTasks.startForStp(engine, "bench-watched-task", cycleId, due, "Công việc thử");
    }

    private DeadlineChangeService.Result moveThePlanDeadlineTo(LocalDate date) {
        identity.setAuthentication("snvdieuphoi", List.of("snvCoordinators"));
        try {
            return deadlineChanges.change(cycleDeadlines, new CycleMovableDeadlines.Target(2026, DeadlineKind.PLAN_DUE),
                    date, "Công văn của Bộ Nội vụ lùi thời hạn.");
        } finally {
            identity.clearAuthentication();
        }
    }

    private List<String> skipped(String taskId) {
        return jdbc.sql("select step_code || '|' || reason from skipped_notice where task_id = ? order by id")
                .param(taskId).query(String.class).list();
    }

    @Test
    void noticesKeepTheUnitNameTheyReadForAWhileAndTakeThisNodesRenameAtOnce() {
        ProcessInstance cycle = openCycleOn(EngineClock.at(2026, 1, 20, 9, 0));
        Task stpPlan = driver.task(cycle.getId(), CycleProcess.PREPARE_PLAN, "STP");
        String name = jdbc.sql("select name from org_unit where code = 'STP'").query(String.class).single();
        referenceCache.forgetAll();
        long firstRead = System.nanoTime();
        EngineClock.runNoticeTimersUntil(management, EngineClock.at(2026, 2, 10, 9, 0));
        try {
            // another node reloaded the unit's name: every notice here used to read it again, now the name read for
            // the first notice serves the next ones for up to 30 s (par.reference-cache.ttl) instead of a select each
            jdbc.sql("update org_unit set name = ? where code = 'STP'").param(name + " mới").update();
            EngineClock.runNoticeTimersUntil(management, EngineClock.at(2026, 2, 13, 9, 0));
            // two timer runs take a second or two; should a machine ever need 30 s for them, this fails and says so
            long seconds = java.time.Duration.ofNanos(System.nanoTime() - firstRead).toSeconds();
            Assertions.assertThat(bodyOf(stpPlan, "remind2"))
                    .as("the name read %d s ago, within the cache's 30 s", seconds)
                    .contains(name).doesNotContain(name + " mới");

            // this node writes reference data (ReferenceDataStore, NoticePolicyLoader): the next notice reads anew
            referenceCache.forgetAll();
            EngineClock.runNoticeTimersUntil(management, EngineClock.at(2026, 2, 23, 9, 0));
            Assertions.assertThat(bodyOf(stpPlan, "remind1")).contains(name + " mới");
        } finally {
            jdbc.sql("update org_unit set name = ? where code = 'STP'").param(name).update();
            referenceCache.forgetAll();
        }
    }

    private String bodyOf(Task task, String step) {
        return jdbc.sql("select body from notification where task_id = ? and step_code = ?").params(task.getId(), step)
                .query(String.class).single();
    }

    private ProcessInstance openCycleOn(OffsetDateTime now) {
        ClockUtil.setCurrentTime(Date.from(now.toInstant()));
        return processes.start(2026, new DeadlineDates(PLAN_DUE, null, null, null, null, null));
    }

    private Job timerOf(Task task) {
        List<Job> timers = EngineClock.noticeTimersOf(engine, task.getId());
        Assertions.assertThat(timers).as("one notice timer per open task").hasSize(1);
        return timers.get(0);
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
