package vn.parindex.deadlines.process;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.OptionalInt;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.parindex.deadlines.NoticeKind;
import vn.parindex.deadlines.NoticePolicy;
import vn.parindex.deadlines.NoticeSchedule;
import vn.parindex.deadlines.NoticeStep;
import vn.parindex.notification.NotificationService;
import vn.parindex.notification.SkippedNotices;

/**
 * The steps of a task's notice policy: when the next one falls and what firing one does. Only writes to the
 * notification log; mail goes out after the job commits, so a retried job queues nothing twice (dedup key
 * {@code task:<id>|<step>} per recipient).
 *
 * <p>A task given after some of its steps had passed (the work opened late, or the task came after its due date) is
 * caught up in one go, dated when it was given: the latest escalation already past is sent at once, one notice per
 * recipient, not the whole ladder; the other past steps are logged as skipped with the reason. The steps still ahead
 * follow on their dates.
 */
@Component
@RequiredArgsConstructor
class NoticeSteps {

    private final NoticePolicies policies;
    private final NoticeSchedule schedule;
    private final NoticeFactory notices;
    private final NotificationService notifications;
    private final SkippedNotices skipped;
    private final Clock clock;

    NoticePolicy policyOf(String noticeContext) {
        return policies.of(noticeContext);
    }

    /**
     * When step {@code position} of the policy comes for a task due at {@code due} and given at {@code created}: its
     * planned time, or when the task was given if that time had already passed then (caught up at once).
     */
    Date nextAt(NoticePolicy policy, int position, OffsetDateTime due, OffsetDateTime created) {
        OffsetDateTime planned = schedule.plannedAt(policy.step(position), due);
        return Date.from((planned.isBefore(created) ? created : planned).toInstant());
    }

    /** The first step still ahead now of a task due at {@code due}; past the last step when none is. */
    int firstStepAhead(NoticePolicy policy, OffsetDateTime due) {
        return schedule.firstStepAfter(policy, due, OffsetDateTime.now(clock));
    }

    /**
     * For a task just given: when the steps already past are reminders only (a task given on its due day, or a day or
     * two before), logs them as skipped now, as {@link #fire} would in a moment, and returns the first step ahead, so
     * that the timer waits for that step instead of firing at once only to do this. Empty when no step is past, when an
     * escalation is (it is sent from the timer's job, after its commit) or when no step is left ahead.
     */
    OptionalInt skipPastRemindersWhenGiven(WatchedTask task, NoticePolicy policy) {
        List<NoticeStep> pastWhenGiven = schedule.pastWhenGiven(policy, 0, task.due(), task.created());
        if (pastWhenGiven.isEmpty() || pastWhenGiven.stream().anyMatch(step -> step.kind() == NoticeKind.ESCALATION)) {
            return OptionalInt.empty();
        }
        int next = pastWhenGiven.get(pastWhenGiven.size() - 1).position() + 1;
        if (!policy.hasStep(next)) {
            return OptionalInt.empty();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        pastWhenGiven.forEach(step -> skip(task, step, SkippedNotices.PAST_WHEN_GIVEN, now));
        return OptionalInt.of(next);
    }

    /** Fires step {@code position} for the task (with the steps it catches up); returns the position of the next step. */
    int fire(WatchedTask task, NoticePolicy policy, int position) {
        if (!policy.hasStep(position)) {
            return position;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<NoticeStep> pastWhenGiven = schedule.pastWhenGiven(policy, position, task.due(), task.created());
        if (pastWhenGiven.isEmpty()) {
            onTime(task, policy.step(position), now);
            return position + 1;
        }
        catchUp(task, pastWhenGiven, now);
        return pastWhenGiven.get(pastWhenGiven.size() - 1).position() + 1;
    }

    private void onTime(WatchedTask task, NoticeStep step, OffsetDateTime now) {
        // a reminder that comes due only after the deadline (the engine was down, the deadline moved) is moot
        if (step.kind() == NoticeKind.REMINDER && now.isAfter(task.due())) {
            skip(task, step, SkippedNotices.REMINDER_AFTER_DUE, now);
        } else {
            send(task, step, now);
        }
    }

    private void catchUp(WatchedTask task, List<NoticeStep> pastWhenGiven, OffsetDateTime now) {
        NoticeStep latestEscalation = pastWhenGiven.stream().filter(step -> step.kind() == NoticeKind.ESCALATION)
                .reduce((earlier, later) -> later).orElse(null);
        for (NoticeStep step : pastWhenGiven) {
            if (step == latestEscalation) {
                send(task, step, now);
            } else {
                skip(task, step, latestEscalation != null && step.kind() == NoticeKind.ESCALATION
                        ? SkippedNotices.SUPERSEDED_WHEN_GIVEN : SkippedNotices.PAST_WHEN_GIVEN, now);
            }
        }
    }

    private void send(WatchedTask task, NoticeStep step, OffsetDateTime now) {
        notifications.queue(notices.stepNotice(task, step, schedule.plannedAt(step, task.due()),
                schedule.workingDaysBetween(now, task.due())), notices.recipients(task, step.audience()), now);
    }

    private void skip(WatchedTask task, NoticeStep step, String reason, OffsetDateTime now) {
        skipped.log(notices.stepNotice(task, step, schedule.plannedAt(step, task.due()),
                schedule.workingDaysBetween(now, task.due())), notices.recipients(task, step.audience()), reason, now);
    }
}
