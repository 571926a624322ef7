package vn.parindex.deadlines.process;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.parindex.deadlines.NoticePolicy;
import vn.parindex.deadlines.NoticeSchedule;

/**
 * Starts, ends and finds the deadline watch of a task. Callers run these on the engine's behalf (authorization
 * checks off): the watch belongs to the system, not to the user whose action touched the task.
 */
@Component
class DeadlineWatches {

    private final RuntimeService runtime;
    private final ManagementService management;
    private final NoticePolicies policies;
    private final NoticeSchedule schedule;
    private final ZoneId zone;
    private final Clock clock;

    DeadlineWatches(@Lazy RuntimeService runtime, @Lazy ManagementService management, NoticePolicies policies,
                    NoticeSchedule schedule, ZoneId zone,
            Clock clock) {
        this.clock = clock;
        this.runtime = runtime;
        this.management = management;
        this.policies = policies;
        this.schedule = schedule;
        this.zone = zone;
    }

    /**
     * Starts the watch of a task just created, from the policy's first step: the steps already past when the task was
     * given are caught up at once (the latest escalation sent, the others logged as skipped), the rest follow.
     */
    void start(String taskId, String noticeContext) {
        startAt(taskId, noticeContext, 0);
    }

    /**
     * Starts again the watch of a task whose steps had all passed, after its due date moved: from the first step
     * still ahead now (the ones between are not sent late); nothing when every step is still past.
     */
    void restart(String taskId, String noticeContext, OffsetDateTime due) {
        NoticePolicy policy = policies.of(noticeContext);
        int first = schedule.firstStepAfter(policy, due, OffsetDateTime.now(clock));
        if (policy.hasStep(first)) {
            startAt(taskId, noticeContext, first);
        }
    }

    private void startAt(String taskId, String noticeContext, int step) {
        runtime.startProcessInstanceByKey(DeadlineWatchProcess.PROCESS_KEY, taskId,
                Map.of(DeadlineWatchProcess.WATCHED_TASK_ID, taskId, DeadlineWatchProcess.NOTICE_CONTEXT, noticeContext,
                        DeadlineWatchProcess.NOTICE_STEP, step));
    }

    void end(String taskId) {
        runtime.createProcessInstanceQuery().processDefinitionKey(DeadlineWatchProcess.PROCESS_KEY)
                .processInstanceBusinessKey(taskId).list()
                .forEach(watch -> runtime.deleteProcessInstance(watch.getId(), "Công việc đã kết thúc", true, true));
    }

    /** The pending timer jobs of the task's watch; empty when it has none. */
    List<Job> timersOf(String taskId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(DeadlineWatchProcess.PROCESS_KEY)
                .processInstanceBusinessKey(taskId).list().stream()
                .flatMap(watch -> management.createJobQuery().processInstanceId(watch.getId()).timers().list().stream())
                .toList();
    }

    boolean isWatched(String taskId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(DeadlineWatchProcess.PROCESS_KEY)
                .processInstanceBusinessKey(taskId).count() > 0;
    }
}
