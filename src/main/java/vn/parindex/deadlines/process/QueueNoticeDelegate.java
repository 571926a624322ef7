package vn.parindex.deadlines.process;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.parindex.deadlines.NoticeKind;
import vn.parindex.deadlines.NoticePolicy;
import vn.parindex.deadlines.NoticeSchedule;
import vn.parindex.deadlines.NoticeStep;
import vn.parindex.notification.NotificationService;

/**
 * Queues the notice of the current policy step for the watched task and moves to the next step. Only writes to the
 * notification log; mail goes out after this job commits, so a retried job queues nothing twice.
 */
@Component
@RequiredArgsConstructor
public class QueueNoticeDelegate implements JavaDelegate {

    private final NoticePolicies policies;
    private final NoticeSchedule schedule;
    private final NoticeFactory notices;
    private final NotificationService notifications;
    private final ZoneId zone;
    private final Clock clock;

    @Override
    public void execute(DelegateExecution execution) {
        int position = DeadlineWatchExpressions.step(execution);
        NoticePolicy policy = policies.of(DeadlineWatchExpressions.noticeContext(execution));
        var found = WatchedTask.find(DeadlineWatchExpressions.watchedTaskId(execution), zone);
        if (found.isPresent() && policy.hasStep(position)) {
            WatchedTask task = found.get();
            NoticeStep step = policy.step(position);
            OffsetDateTime now = OffsetDateTime.now(clock);
            // a reminder that comes due only after the deadline (the engine was down, the deadline moved) is moot
            boolean moot = step.kind() == NoticeKind.REMINDER && now.isAfter(task.due());
            if (!moot) {
                notifications.queue(notices.stepNotice(task, step, schedule.plannedAt(step, task.due()),
                        schedule.workingDaysBetween(now, task.due())), notices.recipients(task, step.audience()), now);
            }
        }
        execution.setVariable(DeadlineWatchProcess.NOTICE_STEP, position + 1);
    }
}
