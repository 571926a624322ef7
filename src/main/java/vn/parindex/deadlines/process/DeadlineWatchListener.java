package vn.parindex.deadlines.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.parindex.workflow.process.AsSystem;

/**
 * On every user task with a due date and a notice context (a {@code noticeContext} or {@code cycleId} variable): {@code create} starts a deadline watch for it (business key = task id),
 * {@code complete} and {@code delete} end the watch. The watch runs on the engine's behalf, whoever's action
 * created or completed the task, so authorization checks are off for it.
 */
@Component
@RequiredArgsConstructor
public class DeadlineWatchListener implements TaskListener {

    private final DeadlineWatches watches;

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            String context = NoticeContexts.keyOf(task.getVariable(DeadlineWatchProcess.NOTICE_CONTEXT),
                    task.getVariable(DeadlineWatchProcess.CYCLE_ID));
            if (task.getDueDate() != null && context != null) {
                AsSystem.inCommand(() -> watches.start(task.getId(), context));
            }
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName()) || EVENTNAME_DELETE.equals(task.getEventName())) {
            AsSystem.inCommand(() -> watches.end(task.getId()));
        }
    }
}
