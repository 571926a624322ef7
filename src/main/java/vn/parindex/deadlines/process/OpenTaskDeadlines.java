package vn.parindex.deadlines.process;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.parindex.common.ValidationException;
import vn.parindex.deadlines.NoticeAudience;
import vn.parindex.notification.NotificationService;
import vn.parindex.orgdirectory.RoleGroups;
import vn.parindex.workflow.CurrentUser;
import vn.parindex.platform.engine.EngineInternals;
import vn.parindex.workflow.process.AsSystem;

/**
 * After a deadline moved in our tables: re-evaluates the due date expression of every open task of a process
 * instance, moves the deadline watches of the tasks whose due date changed, recalculates the instance's own timers
 * and queues a notice to each moved task's groups. Any process whose due dates come from beans (the PAR cycle, the
 * quarterly reports, remediation plans) uses it. Runs as the system: the caller has checked that the user may change
 * the deadline.
 */
@Component
public class OpenTaskDeadlines {

    /** What moved: the tasks (ids), the timers (of the instance and of the watches), the notices queued. */
    public record Moved(List<String> taskIds, int timersMoved, int noticesQueued) {

        static final Moved NOTHING = new Moved(List.of(), 0, 0);
    }

    /**
     * The change as the notice names it.
     *
     * @param key      unique per change, e.g. {@code quarterlyChange:3@...}: the notice's dedup key
     * @param label    what was moved, e.g. "Hạn nộp kế hoạch triển khai"
     * @param audience who of a moved task is told
     */
    public record Change(String key, String label, String reason, String changedBy, OffsetDateTime at,
                         NoticeAudience audience) {
    }

    private final DeadlineWatches watches;
    private final NoticeFactory notices;
    private final NotificationService notifications;
    private final ProcessEngine engine;
    private final AsSystem asSystem;
    private final EngineInternals internals;
    private final ZoneId zone;
    private final CurrentUser user;

    OpenTaskDeadlines(DeadlineWatches watches, NoticeFactory notices, NotificationService notifications,
                      @Lazy ProcessEngine engine, @Lazy AsSystem asSystem, EngineInternals internals,
                      ZoneId zone, CurrentUser user) {
        this.user = user;
        this.watches = watches;
        this.notices = notices;
        this.notifications = notifications;
        this.engine = engine;
        this.asSystem = asSystem;
        this.internals = internals;
        this.zone = zone;
    }

    /**
     * The user moving a deadline (or amending a plan): only Sở Nội vụ's coordinators may (the moves below run as the
     * system). Otherwise refused with {@code refusal}. Returns the user's id.
     */
    public String requireCoordinator(String refusal) {
        if (user.userId() == null || !user.groups().contains(RoleGroups.SNV_COORDINATORS)) {
            throw new ValidationException(refusal);
        }
        return user.userId();
    }

    public Moved recalculate(String processInstanceId, Change change) {
        if (processInstanceId == null) {
            return Moved.NOTHING;
        }
        return asSystem.call(() -> {
            int timers = 0;
            int queued = 0;
            List<String> moved = new ArrayList<>();
            for (Task task : engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).list()) {
                Date previous = task.getDueDate();
                Date recalculated = internals.dueDateByModel(task.getId());
                if (recalculated != null && !Objects.equals(previous, recalculated)) {
                    task.setDueDate(recalculated);
                    engine.getTaskService().saveTask(task);
                    moved.add(task.getId());
                    timers += moveWatch(task.getId(), recalculated);
                    if (previous != null) {
                        queued += notifyUnit(task.getId(), previous, change);
                    }
                }
            }
            ManagementService management = engine.getManagementService();
            for (Job job : management.createJobQuery().processInstanceId(processInstanceId).timers().list()) {
                Date due = job.getDuedate();
                management.recalculateJobDuedate(job.getId(), false);
                if (!Objects.equals(due, management.createJobQuery().jobId(job.getId()).singleResult().getDuedate())) {
                    timers++;
                }
            }
            return new Moved(List.copyOf(moved), timers, queued);
        });
    }

    private int moveWatch(String taskId, Date newDue) {
        List<Job> timers = watches.timersOf(taskId);
        if (timers.isEmpty()) {
            // every step had passed under the old date: a later date may bring steps back
            if (!watches.isWatched(taskId)) {
                internals.inCommand(() -> WatchedTask.find(taskId, zone)).ifPresent(task ->
                        watches.restart(taskId, task.noticeContext(), newDue.toInstant().atZone(zone).toOffsetDateTime()));
            }
            return watches.timersOf(taskId).size();
        }
        timers.forEach(job -> engine.getManagementService().recalculateJobDuedate(job.getId(), false));
        return timers.size();
    }

    private int notifyUnit(String taskId, Date previous, Change change) {
        return internals.inCommand(() -> WatchedTask.find(taskId, zone)).map(task -> notifications.queue(
                notices.deadlineChanged(task, change.key(), previous.toInstant().atZone(zone).toOffsetDateTime(),
                        change.label(), change.reason(), change.changedBy(), change.at()),
                notices.recipients(task, change.audience()), change.at())).orElse(0);
    }
}
