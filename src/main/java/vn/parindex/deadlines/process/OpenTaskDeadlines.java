package vn.parindex.deadlines.process;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.parindex.common.ValidationException;
import vn.parindex.deadlines.NoticeAudience;
import vn.parindex.deadlines.NoticePolicy;
import vn.parindex.notification.NotificationService;
import vn.parindex.orgdirectory.RoleGroups;
import vn.parindex.workflow.CurrentUser;
import vn.parindex.platform.engine.EngineInternals;
import vn.parindex.workflow.process.AsSystem;

/**
 * After a deadline moved in our tables: re-evaluates the due date expression of every open task of a process
 * instance, recalculates the instance's timers (its own and its tasks' notice timers, {@link NoticeTimer}), starts
 * the notices again of a moved task whose steps had all passed, and queues a notice to each moved task's groups. Any process whose due dates come from beans (the PAR cycle, the
 * quarterly reports, remediation plans) uses it. Runs as the system: the caller has checked that the user may change
 * the deadline.
 */
@Component
@RequiredArgsConstructor
public class OpenTaskDeadlines {

    /** What moved: the tasks (ids), the timers (of the instance and of its tasks' notices), the notices queued. */
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

    private final NoticeSteps steps;
    private final LegacyDeadlineWatch legacyWatches;
    private final NoticeFactory notices;
    private final NotificationService notifications;
    @Lazy
    private final ProcessEngine engine;
    @Lazy
    private final AsSystem asSystem;
    private final EngineInternals internals;
    private final ZoneId zone;
    private final CurrentUser user;

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
            int queued = 0;
            List<Task> moved = new ArrayList<>();
            for (Task task : engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).list()) {
                Date previous = task.getDueDate();
                Date recalculated = internals.dueDateByModel(task.getId());
                if (recalculated != null && !Objects.equals(previous, recalculated)) {
                    task.setDueDate(recalculated);
                    engine.getTaskService().saveTask(task);
                    moved.add(task);
                    if (previous != null) {
                        queued += notifyUnit(task.getId(), previous, change);
                    }
                }
            }
            // the instance's own timers and its tasks' notice timers, whose dates read the tasks' new due dates
            int timers = 0;
            ManagementService management = engine.getManagementService();
            for (Job job : management.createJobQuery().processInstanceId(processInstanceId).timers().list()) {
                Date due = job.getDuedate();
                management.recalculateJobDuedate(job.getId(), false);
                if (!Objects.equals(due, management.createJobQuery().jobId(job.getId()).singleResult().getDuedate())) {
                    timers++;
                }
            }
            for (Task task : moved) {
                timers += restartNotices(task);
            }
            return new Moved(moved.stream().map(Task::getId).toList(), timers, queued);
        });
    }

    /**
     * A moved task whose notice steps had all passed under the old date (its timer is gone) may have steps again: its
     * timer starts again from the first step still ahead (the ones between are not sent late). Tasks of a model
     * version from before the notice timers have a legacy watch instead. Returns the timers moved or started.
     */
    private int restartNotices(Task task) {
        ManagementService management = engine.getManagementService();
        List<Job> legacy = legacyWatches.timersOf(task.getId());
        if (!legacy.isEmpty()) {
            legacy.forEach(job -> management.recalculateJobDuedate(job.getId(), false));
            return legacy.size();
        }
        boolean hasTimer = management.createJobQuery().executionId(task.getExecutionId())
                .activityId(task.getTaskDefinitionKey()).timers().count() > 0;
        if (hasTimer) {
            return 0;
        }
        return internals.inCommand(() -> WatchedTask.find(task.getId(), zone))
                .filter(found -> found.noticeContext() != null).map(found -> {
                    NoticePolicy policy = steps.policyOf(found.noticeContext());
                    int first = steps.firstStepAhead(policy, found.due());
                    if (!policy.hasStep(first)) {
                        return 0;
                    }
                    boolean started = internals.scheduleTimeoutListener(task.getId(), NoticeTimer.LISTENER_ID, first)
                            || legacyWatches.restart(found);
                    return started ? 1 : 0;
                }).orElse(0);
    }

    private int notifyUnit(String taskId, Date previous, Change change) {
        return internals.inCommand(() -> WatchedTask.find(taskId, zone)).map(task -> notifications.queue(
                notices.deadlineChanged(task, change.key(), previous.toInstant().atZone(zone).toOffsetDateTime(),
                        change.label(), change.reason(), change.changedBy(), change.at()),
                notices.recipients(task, change.audience()), change.at())).orElse(0);
    }
}
