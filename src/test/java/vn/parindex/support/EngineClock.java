package vn.parindex.support;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

/** Moves the engine's clock in Vietnam's zone and fires the timers that come due on the way, in due order. */
public final class EngineClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private EngineClock() {
    }

    public static OffsetDateTime at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(ZONE).toOffsetDateTime();
    }

    public static LocalDateTime local(Date date) {
        return date.toInstant().atZone(ZONE).toLocalDateTime();
    }

    public static void set(OffsetDateTime now) {
        ClockUtil.setCurrentTime(Date.from(now.toInstant()));
    }

    /** Fires every timer of the process definition due up to {@code until}, with the clock at each due time. */
    public static void runTimersUntil(ManagementService management, String processDefinitionKey, OffsetDateTime until) {
        Date limit = Date.from(until.toInstant().plusMillis(1));
        List<Job> due;
        while (!(due = management.createJobQuery().processDefinitionKey(processDefinitionKey).timers()
                .duedateLowerThan(limit).orderByJobDuedate().asc().listPage(0, 1)).isEmpty()) {
            ClockUtil.setCurrentTime(due.get(0).getDuedate());
            management.executeJob(due.get(0).getId());
        }
        set(until);
    }

    /**
     * Fires every task's notice timer (reminders and escalations, the timeout listener {@code taskListener_notice})
     * due up to {@code until}, with the clock at each due time, and no other timer; leaves the clock at {@code until}.
     */
    public static void runNoticeTimersUntil(ManagementService management, OffsetDateTime until) {
        Date limit = Date.from(until.toInstant().plusMillis(1));
        Job due;
        while ((due = nextNoticeTimer(management, limit)) != null) {
            ClockUtil.setCurrentTime(due.getDuedate());
            management.executeJob(due.getId());
        }
        set(until);
    }

    /** The pending notice timers of a task (at most one): the timer on the task's own activity. */
    public static List<Job> noticeTimersOf(ProcessEngine engine, String taskId) {
        var task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            return List.of();
        }
        return engine.getManagementService().createJobQuery().executionId(task.getExecutionId())
                .activityId(task.getTaskDefinitionKey()).timers().list().stream()
                .filter(job -> isNoticeTimer(engine.getManagementService(), job)).toList();
    }

    /** Every pending notice timer of every task. */
    public static List<Job> noticeTimers(ManagementService management) {
        return management.createJobQuery().timers().orderByJobDuedate().asc().list().stream()
                .filter(job -> isNoticeTimer(management, job)).toList();
    }

    private static Job nextNoticeTimer(ManagementService management, Date limit) {
        return management.createJobQuery().timers().duedateLowerThan(limit).orderByJobDuedate().asc().list().stream()
                .filter(job -> isNoticeTimer(management, job)).findFirst().orElse(null);
    }

    private static boolean isNoticeTimer(ManagementService management, Job job) {
        var definition = management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult();
        return definition != null && "timer-task-listener".equals(definition.getJobType());
    }

    /** The instant of a local date and time in Vietnam's zone. */
    public static Date date(LocalDateTime local) {
        return Date.from(local.atZone(ZONE).toInstant());
    }

    /**
     * Fires a task's notice timer while it is due before {@code until}, one step at a time with the clock at its due
     * time, until the task has none left; leaves the clock at {@code until}.
     */
    public static void fireNoticeTimers(ProcessEngine engine, String taskId, Date until) {
        List<Job> due;
        while (!(due = noticeTimersOf(engine, taskId)).isEmpty() && due.get(0).getDuedate().before(until)) {
            ClockUtil.setCurrentTime(due.get(0).getDuedate());
            engine.getManagementService().executeJob(due.get(0).getId());
        }
        ClockUtil.setCurrentTime(until);
    }
}
