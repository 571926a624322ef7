package vn.parindex.deadlines.process;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.parindex.deadlines.NoticePolicy;
import vn.parindex.deadlines.NoticeSchedule;

/**
 * The watch's timer date, {@code ${deadlineWatch.nextNoticeAt(execution)}}: the next policy step relative to the
 * task's current due date. Re-evaluated when a deadline changes ({@code recalculateJobDuedate}).
 */
@Component("deadlineWatch")
@RequiredArgsConstructor
public class DeadlineWatchExpressions {

    private final NoticePolicies policies;
    private final NoticeSchedule schedule;
    private final ZoneId zone;
    private final Clock clock;

    public Date nextNoticeAt(DelegateExecution execution) {
        var task = WatchedTask.find(watchedTaskId(execution), zone);
        NoticePolicy policy = policies.of(noticeContext(execution));
        int step = step(execution);
        if (task.isEmpty() || !policy.hasStep(step)) {
            // nothing left to watch: fire now and let the watch end
            return Date.from(clock.instant());
        }
        OffsetDateTime planned = schedule.plannedAt(policy.step(step), task.get().due());
        // a step already past when the task was given is caught up at once, dated when the task was given
        return Date.from((planned.isBefore(task.get().created()) ? task.get().created() : planned).toInstant());
    }

    public boolean hasNextStep(DelegateExecution execution) {
        return policies.of(noticeContext(execution)).hasStep(step(execution))
                && WatchedTask.find(watchedTaskId(execution), zone).isPresent();
    }

    static String watchedTaskId(DelegateExecution execution) {
        return (String) execution.getVariable(DeadlineWatchProcess.WATCHED_TASK_ID);
    }

    static String noticeContext(DelegateExecution execution) {
        return NoticeContexts.keyOf(execution.getVariable(DeadlineWatchProcess.NOTICE_CONTEXT),
                execution.getVariable(DeadlineWatchProcess.CYCLE_ID));
    }

    static int step(DelegateExecution execution) {
        return ((Number) execution.getVariable(DeadlineWatchProcess.NOTICE_STEP)).intValue();
    }
}
