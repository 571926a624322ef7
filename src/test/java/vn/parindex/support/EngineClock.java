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

    /** The instant of a local date and time in Vietnam's zone. */
    public static Date date(LocalDateTime local) {
        return Date.from(local.atZone(ZONE).toInstant());
    }

    /**
     * Fires the timers of a task's deadline watch (its business key is the task id) due before {@code until}, one at a
     * time with the clock at its due time, until the watch ends; leaves the clock at {@code until}.
     */
    public static void fireWatchTimers(ProcessEngine engine, String taskId, Date until) {
        String watch = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(taskId)
                .singleResult().getId();
        Job due;
        while ((due = engine.getManagementService().createJobQuery().processInstanceId(watch).timers()
                .duedateLowerThan(until).singleResult()) != null) {
            ClockUtil.setCurrentTime(due.getDuedate());
            engine.getManagementService().executeJob(due.getId());
            if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(watch).count() == 0) {
                break;
            }
        }
        ClockUtil.setCurrentTime(until);
    }
}
