package vn.parindex.deadlines.process;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import vn.parindex.deadlines.NoticeContext;
import vn.parindex.platform.engine.EngineInternals;
import vn.parindex.workflow.process.WorkflowClock;

/**
 * An open user task as its notices see it. Read through the command context's entity cache, so a task
 * created in the same transaction (a legacy watch starts in the task's create listener) is already visible.
 */
record WatchedTask(String id, String name, String noticeContext, String unitCode, OffsetDateTime due,
                   List<String> candidateGroups, OffsetDateTime created) {

    static Optional<WatchedTask> find(String taskId, ZoneId zone) {
        return EngineInternals.openTask(taskId, NoticeContext.VARIABLE, NoticeTimer.CYCLE_ID, "unitCode").map(task -> {
                    Object unitCode = task.variables().get("unitCode");
                    return new WatchedTask(task.id(), task.name(),
                            NoticeContexts.keyOf(task.variables().get(NoticeContext.VARIABLE),
                                    task.variables().get(NoticeTimer.CYCLE_ID)),
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
