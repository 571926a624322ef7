package vn.parindex.deadlines.process;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.parindex.deadlines.NoticeKind;
import vn.parindex.deadlines.NoticePolicy;
import vn.parindex.deadlines.NoticeSchedule;
import vn.parindex.deadlines.NoticeStep;
import vn.parindex.notification.NotificationService;
import vn.parindex.notification.SkippedNotices;

/**
 * Queues the notice of the current policy step for the watched task and moves to the next step. Only writes to the
 * notification log; mail goes out after this job commits, so a retried job queues nothing twice.
 *
 * <p>A task given after some of its steps had passed (the work opened late, or the task came after its due date) is
 * caught up in one go when it is created: the latest escalation already past is sent at once, one notice per
 * recipient, not the whole ladder; the other past steps are logged as skipped with the reason. The steps still ahead
 * follow on their dates.
 */
@Component
@RequiredArgsConstructor
public class QueueNoticeDelegate implements JavaDelegate {

    private final NoticePolicies policies;
    private final NoticeSchedule schedule;
    private final NoticeFactory notices;
    private final NotificationService notifications;
    private final SkippedNotices skipped;
    private final ZoneId zone;
    private final Clock clock;

    @Override
    public void execute(DelegateExecution execution) {
        int position = DeadlineWatchExpressions.step(execution);
        NoticePolicy policy = policies.of(DeadlineWatchExpressions.noticeContext(execution));
        var found = WatchedTask.find(DeadlineWatchExpressions.watchedTaskId(execution), zone);
        int next = position + 1;
        if (found.isPresent() && policy.hasStep(position)) {
            WatchedTask task = found.get();
            OffsetDateTime now = OffsetDateTime.now(clock);
            List<NoticeStep> pastWhenGiven = schedule.pastWhenGiven(policy, position, task.due(), task.created());
            if (pastWhenGiven.isEmpty()) {
                onTime(task, policy.step(position), now);
            } else {
                catchUp(task, pastWhenGiven, now);
                next = pastWhenGiven.get(pastWhenGiven.size() - 1).position() + 1;
            }
        }
        execution.setVariable(DeadlineWatchProcess.NOTICE_STEP, next);
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
