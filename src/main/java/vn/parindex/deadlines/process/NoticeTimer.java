package vn.parindex.deadlines.process;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.parindex.deadlines.NoticeContext;
import vn.parindex.deadlines.NoticePolicy;
import vn.parindex.platform.engine.EngineInternals;
import vn.parindex.platform.engine.EngineInternals.OpenTask;

/**
 * Reminders and escalations of a user task, without a process instance of their own: a timeout task listener on the
 * task in its model, one timer job per open task (on the task's activity, so Cockpit shows it there), created with the
 * task and deleted with it ({@code platform/engine/TaskTimersWithoutScope}; no scope execution of the task's own).
 *
 * <pre>{@code
 * <camunda:taskListener event="create" delegateExpression="${noticeTimer}" />
 * <camunda:taskListener event="timeout" id="taskListener_notice" delegateExpression="${noticeTimer}">
 *   <bpmn:timerEventDefinition><bpmn:timeDate>${noticeTimer.nextNoticeAt(execution)}</bpmn:timeDate>
 * }</pre>
 *
 * <p>{@link #nextNoticeAt} reads the task's due date and creation time (a deadline change re-evaluates the timer with
 * {@code recalculateJobDuedate}, a step schedules the next). In a model version from before TaskTimersWithoutScope the
 * engine creates the timer when the activity starts, before the task exists: then the first date comes from the due
 * date the task's own model expression gives on that execution, "given" being now. A {@code timeDate} timer fires
 * once: each step fired writes the next step's position ({@link EngineInternals#NOTICE_STEP}, task-local, out of
 * history) and creates the timer again from the same declaration, in the same job. Timer jobs are exclusive: the
 * notices of one process instance's tasks run one after the other, never racing on the instance. Tasks without a due
 * date or a notice context ({@code noticeContext}, else {@code cycleId}) get a timer due at once that does nothing.
 */
@Component("noticeTimer")
@RequiredArgsConstructor
public class NoticeTimer implements TaskListener {

    /** The id of the timeout listener in the models; the timer job's secondary key. */
    public static final String LISTENER_ID = EngineInternals.NOTICE_LISTENER_ID;
    static final String CYCLE_ID = "cycleId";

    private final NoticeSteps steps;
    private final ZoneId zone;
    private final Clock clock;

    /** The timer's date: the next step of the task's policy, or now when there is nothing to send. */
    public Date nextNoticeAt(DelegateExecution execution) {
        String context = contextOf(execution);
        Optional<OpenTask> task = EngineInternals.taskOf(execution);
        Date due = task.isPresent() ? task.get().dueDate() : EngineInternals.dueDateByModel(execution);
        int position = step(execution);
        if (context == null || due == null) {
            return Date.from(clock.instant());
        }
        NoticePolicy policy = steps.policyOf(context);
        if (!policy.hasStep(position)) {
            return Date.from(clock.instant());
        }
        OffsetDateTime created = task.map(found -> at(found.createTime())).orElseGet(() -> OffsetDateTime.now(clock));
        return steps.nextAt(policy, position, at(due), created);
    }

    /**
     * On {@code timeout}, the timer fired: the step's notices, then the timer again for the next step while there is
     * one. On {@code create}, the task was just given: see {@link #skipPastRemindersWhenGiven}.
     */
    @Override
    public void notify(DelegateTask delegateTask) {
        if (TaskListener.EVENTNAME_CREATE.equals(delegateTask.getEventName())) {
            skipPastRemindersWhenGiven(delegateTask);
            return;
        }
        DelegateExecution execution = delegateTask.getExecution();
        var task = WatchedTask.find(delegateTask.getId(), zone);
        if (task.isEmpty() || task.get().noticeContext() == null) {
            return;
        }
        NoticePolicy policy = steps.policyOf(task.get().noticeContext());
        int next = steps.fire(task.get(), policy, step(execution));
        // after the last step no timer is left; a later deadline may start it again (OpenTaskDeadlines)
        if (policy.hasStep(next)) {
            EngineInternals.scheduleTimeoutListener(execution, LISTENER_ID, next);
        }
    }

    /**
     * The timer created with the task is due at once when steps had passed by then. When those are reminders only, they
     * are logged as skipped here, in the transaction that gives the task, and the same timer is moved to the first step
     * ahead: on deadline day every task given would otherwise cost the job executor a job that did only that (issue
     * 17). An escalation already past still goes out from the timer's job at once.
     */
    private void skipPastRemindersWhenGiven(DelegateTask delegateTask) {
        DelegateExecution execution = delegateTask.getExecution();
        var task = WatchedTask.find(delegateTask.getId(), zone);
        if (task.isEmpty() || task.get().noticeContext() == null) {
            return;
        }
        steps.skipPastRemindersWhenGiven(task.get(), steps.policyOf(task.get().noticeContext())).ifPresent(next ->
                EngineInternals.rescheduleTimeoutListener(execution, LISTENER_ID, next));
    }

    static String contextOf(DelegateExecution execution) {
        return NoticeContexts.keyOf(execution.getVariable(NoticeContext.VARIABLE), execution.getVariable(CYCLE_ID));
    }

    private static int step(DelegateExecution execution) {
        return EngineInternals.noticeStep(execution);
    }

    private OffsetDateTime at(Date date) {
        return date.toInstant().atZone(zone).toOffsetDateTime();
    }
}
