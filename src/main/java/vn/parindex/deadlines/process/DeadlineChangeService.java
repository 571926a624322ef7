package vn.parindex.deadlines.process;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.common.FormInput;
import vn.parindex.common.ParProperties;
import vn.parindex.common.ValidationException;
import vn.parindex.cycle.Cycle;
import vn.parindex.cycle.CycleService;
import vn.parindex.cycle.DeadlineKind;
import vn.parindex.deadlines.DeadlineChangeLog;
import vn.parindex.deadlines.NoticeAudience;
import vn.parindex.notification.NotificationService;
import vn.parindex.orgdirectory.RoleGroups;
import vn.parindex.platform.engine.AsSystem;

/**
 * Sở Nội vụ moves a deadline of an open cycle. In one transaction: the cycle's date, every open task whose due date
 * expression reads it (re-evaluated, so the model stays the only place that says which task follows which
 * deadline), every pending timer of the cycle and of the moved tasks' watches (re-evaluated from their bean
 * expressions), a notice to each affected unit, and the change log (who, when, old, new, why).
 */
@Service
public class DeadlineChangeService {

    /** The length of {@code deadline_change.reason}. */
    static final int MAX_REASON = 2000;

    public record Result(long changeId, DeadlineKind deadline, OffsetDateTime oldValue, OffsetDateTime newValue,
                         int tasksMoved, int timersMoved, int noticesQueued) {
    }

    private final CycleService cycles;
    private final DeadlineChangeLog changeLog;
    private final DeadlineWatches watches;
    private final NoticeFactory notices;
    private final NotificationService notifications;
    private final ProcessEngine engine;
    private final AsSystem asSystem;
    private final ZoneId zone;

    DeadlineChangeService(CycleService cycles, DeadlineChangeLog changeLog, DeadlineWatches watches,
                          NoticeFactory notices, NotificationService notifications, @Lazy ProcessEngine engine,
                          @Lazy AsSystem asSystem, ParProperties properties) {
        this.cycles = cycles;
        this.changeLog = changeLog;
        this.watches = watches;
        this.notices = notices;
        this.notifications = notifications;
        this.engine = engine;
        this.asSystem = asSystem;
        this.zone = properties.timeZone();
    }

    @Transactional
    public Result change(int year, DeadlineKind kind, LocalDate newDate, String reason) {
        Authentication user = engine.getIdentityService().getCurrentAuthentication();
        if (user == null || user.getGroupIds() == null || !user.getGroupIds().contains(RoleGroups.SNV_COORDINATORS)) {
            throw new ValidationException("Chỉ cán bộ điều phối của Sở Nội vụ được điều chỉnh thời hạn của kỳ đánh giá.");
        }
        if (reason == null || reason.isBlank()) {
            throw new ValidationException("Vui lòng nêu lý do điều chỉnh thời hạn (ví dụ: văn bản của Bộ Nội vụ).");
        }
        List<String> problems = new ArrayList<>();
        FormInput.optionalText(reason, "lý do điều chỉnh thời hạn", MAX_REASON, problems);
        ValidationException.throwIfAny(problems);
        if (kind == null) {
            throw new ValidationException("Vui lòng chọn thời hạn cần điều chỉnh.");
        }
        Cycle cycle = cycles.findOpen(year).orElseThrow(() -> new ValidationException(
                "Không có kỳ đánh giá năm " + year + " đang mở."));
        Cycle before = cycles.changeDeadline(cycle.id(), kind, newDate);
        OffsetDateTime oldValue = before.deadline(kind);
        OffsetDateTime newValue = cycles.get(cycle.id()).deadline(kind);
        OffsetDateTime now = WatchedTask.now(zone);
        long changeId = changeLog.record(cycle.id(), kind, oldValue, newValue, reason.strip(), user.getUserId(), now);
        return asSystem.call(() -> {
            int timers = 0;
            int queued = 0;
            List<String> moved = new ArrayList<>();
            for (Task task : engine.getTaskService().createTaskQuery().processInstanceId(cycle.processInstanceId()).list()) {
                Date previous = task.getDueDate();
                Date recalculated = recalculatedDueDate(task.getId());
                if (recalculated != null && !Objects.equals(previous, recalculated)) {
                    task.setDueDate(recalculated);
                    engine.getTaskService().saveTask(task);
                    moved.add(task.getId());
                    timers += moveWatch(task.getId(), cycle.id(), recalculated);
                    queued += notifyUnit(task.getId(), changeId, previous, kind, reason.strip(), user.getUserId(), now);
                }
            }
            ManagementService management = engine.getManagementService();
            for (Job job : management.createJobQuery().processInstanceId(cycle.processInstanceId()).timers().list()) {
                Date due = job.getDuedate();
                management.recalculateJobDuedate(job.getId(), false);
                if (!Objects.equals(due, management.createJobQuery().jobId(job.getId()).singleResult().getDuedate())) {
                    timers++;
                }
            }
            changeLog.recordMoved(changeId, moved.size(), timers);
            return new Result(changeId, kind, oldValue, newValue, moved.size(), timers, queued);
        });
    }

    private int moveWatch(String taskId, long cycleId, Date newDue) {
        List<Job> timers = watches.timersOf(taskId);
        if (timers.isEmpty()) {
            // every step had passed under the old date: a later date may bring steps back
            if (!watches.isWatched(taskId)) {
                watches.start(taskId, NoticeContexts.keyOf(null, cycleId), newDue.toInstant().atZone(zone).toOffsetDateTime());
            }
            return watches.timersOf(taskId).size();
        }
        timers.forEach(job -> engine.getManagementService().recalculateJobDuedate(job.getId(), false));
        return timers.size();
    }

    private int notifyUnit(String taskId, long changeId, Date previous, DeadlineKind kind, String reason,
                           String changedBy, OffsetDateTime now) {
        return commandExecutor().execute(context -> WatchedTask.find(taskId, zone)).map(task -> notifications.queue(
                notices.deadlineChanged(task, changeId, previous.toInstant().atZone(zone).toOffsetDateTime(),
                        kind.label(), reason, changedBy, now),
                notices.recipients(task, NoticeAudience.TASK_GROUPS), now)).orElse(0);
    }

    /** The task's due date as its model's expression gives it now, or null when it has none. */
    private Date recalculatedDueDate(String taskId) {
        return commandExecutor().execute(context -> {
            TaskEntity task = context.getTaskManager().findTaskById(taskId);
            Expression expression = task.getTaskDefinition() == null ? null : task.getTaskDefinition().getDueDateExpression();
            Object value = expression == null || task.getExecution() == null ? null : expression.getValue(task.getExecution());
            return value instanceof Date date ? date : null;
        });
    }

    private org.camunda.bpm.engine.impl.interceptor.CommandExecutor commandExecutor() {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
    }
}
