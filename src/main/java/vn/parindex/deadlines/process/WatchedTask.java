package vn.parindex.deadlines.process;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import vn.parindex.platform.engine.EngineInternals;
import vn.parindex.workflow.process.WorkflowClock;

/**
 * An open user task as the deadline watch sees it. Read through the command context's entity cache, so a task
 * created in the same transaction (the watch starts in the task's create listener) is already visible.
 */
record WatchedTask(String id, String name, String noticeContext, String unitCode, OffsetDateTime due,
                   List<String> candidateGroups, OffsetDateTime created) {

    static Optional<WatchedTask> find(String taskId, ZoneId zone) {
        return EngineInternals.openTask(taskId, DeadlineWatchProcess.NOTICE_CONTEXT, DeadlineWatchProcess.CYCLE_ID,
                "unitCode").map(task -> {
                    Object unitCode = task.variables().get("unitCode");
                    return new WatchedTask(task.id(), task.name(),
                            NoticeContexts.keyOf(task.variables().get(DeadlineWatchProcess.NOTICE_CONTEXT),
                                    task.variables().get(DeadlineWatchProcess.CYCLE_ID)),
                            unitCode == null ? null : unitCode.toString(),
                            task.dueDate().toInstant().atZone(zone).toOffsetDateTime(), task.candidateGroups(),
                            task.createTime().toInstant().atZone(zone).toOffsetDateTime());
                });
    }

    /** Now by the one clock; kept for DeadlineChangeService until the deadline-change rework replaces it. */
    static OffsetDateTime now(ZoneId zone) {
        return OffsetDateTime.now(WorkflowClock.inZone(zone));
    }
}
