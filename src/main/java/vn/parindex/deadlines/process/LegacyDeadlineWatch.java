package vn.parindex.deadlines.process;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.parindex.deadlines.NoticeContext;
import vn.parindex.deadlines.NoticePolicy;
import vn.parindex.workflow.process.AsSystem;

/**
 * LEGACY (before issue 17 replaced the per-task watch with {@link NoticeTimer}): what a database of an earlier version
 * still needs. Its models' user tasks carry {@code ${deadlineWatchListener}} (create, complete, delete) and start
 * {@code task-deadline-watch} instances (deployed by that version, no longer shipped), whose timer and service task
 * call {@code ${deadlineWatch.nextNoticeAt(execution)}}, {@code ${deadlineWatch.hasNextStep(execution)}} and
 * {@code ${queueNoticeDelegate}}. Running watches keep their notices (the same {@link NoticeSteps}) and end with their
 * task; tasks of older model versions still get a watch. Remove once no instance of a model version with
 * {@code deadlineWatchListener} is left.
 */
@Component("deadlineWatch")
@RequiredArgsConstructor
public class LegacyDeadlineWatch {

    static final String PROCESS_KEY = "task-deadline-watch";
    static final String WATCHED_TASK_ID = "watchedTaskId";
    static final String NOTICE_STEP = "noticeStep";

    private final NoticeSteps steps;
    @Lazy
    private final ProcessEngine engine;
    private final ZoneId zone;
    private final Clock clock;

    public Date nextNoticeAt(DelegateExecution watch) {
        var task = WatchedTask.find(watchedTaskId(watch), zone);
        NoticePolicy policy = steps.policyOf(NoticeTimer.contextOf(watch));
        int step = step(watch);
        if (task.isEmpty() || !policy.hasStep(step)) {
            return Date.from(clock.instant());
        }
        return steps.nextAt(policy, step, task.get().due(), task.get().created());
    }

    public boolean hasNextStep(DelegateExecution watch) {
        return steps.policyOf(NoticeTimer.contextOf(watch)).hasStep(step(watch))
                && WatchedTask.find(watchedTaskId(watch), zone).isPresent();
    }

    void queueNotice(DelegateExecution watch) {
        int position = step(watch);
        var task = WatchedTask.find(watchedTaskId(watch), zone);
        int next = task.isPresent() ? steps.fire(task.get(), steps.policyOf(NoticeTimer.contextOf(watch)), position)
                : position + 1;
        watch.setVariable(NOTICE_STEP, next);
    }

    void onTaskEvent(DelegateTask task) {
        if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            String context = NoticeContexts.keyOf(task.getVariable(NoticeContext.VARIABLE), task.getVariable(NoticeTimer.CYCLE_ID));
            if (task.getDueDate() != null && context != null && deployed()) {
                AsSystem.inCommand(() -> start(task.getId(), context, 0));
            }
        } else {
            AsSystem.inCommand(() -> end(task.getId()));
        }
    }

    /** The pending timers of the task's watch, if it has one (a task of an older model version). */
    List<Job> timersOf(String taskId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(taskId).list().stream()
                .flatMap(watch -> engine.getManagementService().createJobQuery().processInstanceId(watch.getId())
                        .timers().list().stream()).toList();
    }

    /** A watch again from the first step still ahead, for a task of an older model whose steps had all passed. */
    boolean restart(WatchedTask task) {
        NoticePolicy policy = steps.policyOf(task.noticeContext());
        int first = steps.firstStepAhead(policy, task.due());
        if (!policy.hasStep(first) || !deployed()) {
            return false;
        }
        AsSystem.inCommand(() -> start(task.id(), task.noticeContext(), first));
        return true;
    }

    private void start(String taskId, String context, int step) {
        engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, taskId,
                Map.of(WATCHED_TASK_ID, taskId, NoticeContext.VARIABLE, context, NOTICE_STEP, step));
    }

    private void end(String taskId) {
        engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(taskId).list().forEach(watch -> engine.getRuntimeService()
                        .deleteProcessInstance(watch.getId(), "Công việc đã kết thúc", true, true));
    }

    private boolean deployed() {
        return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY).count() > 0;
    }

    private static String watchedTaskId(DelegateExecution watch) {
        return (String) watch.getVariable(WATCHED_TASK_ID);
    }

    private static int step(DelegateExecution watch) {
        return ((Number) watch.getVariable(NOTICE_STEP)).intValue();
    }

    /** LEGACY: the bean names the earlier version's models call. */
    @Configuration(proxyBeanMethods = false)
    static class Beans {

        @Bean
        TaskListener deadlineWatchListener(LegacyDeadlineWatch watch) {
            return watch::onTaskEvent;
        }

        @Bean
        JavaDelegate queueNoticeDelegate(LegacyDeadlineWatch watch) {
            return watch::queueNotice;
        }
    }
}
