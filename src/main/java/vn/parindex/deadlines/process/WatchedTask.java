package vn.parindex.deadlines.process;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import vn.parindex.workflow.process.WorkflowClock;

/**
 * An open user task as the deadline watch sees it. Read through the command context's entity cache, so a task
 * created in the same transaction (the watch starts in the task's create listener) is already visible.
 */
record WatchedTask(String id, String name, String noticeContext, String unitCode, OffsetDateTime due,
                   List<String> candidateGroups) {

    static Optional<WatchedTask> find(String taskId, ZoneId zone) {
        TaskEntity task = Context.getCommandContext().getTaskManager().findTaskById(taskId);
        if (task == null || task.getDueDate() == null || task.getExecution() == null) {
            return Optional.empty();
        }
        String noticeContext = NoticeContexts.keyOf(task.getVariable(DeadlineWatchProcess.NOTICE_CONTEXT),
                task.getVariable(DeadlineWatchProcess.CYCLE_ID));
        Object unitCode = task.getVariable("unitCode");
        List<String> groups = task.getIdentityLinks().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId()).toList();
        return Optional.of(new WatchedTask(task.getId(), task.getName(),
                noticeContext, unitCode == null ? null : unitCode.toString(),
                task.getDueDate().toInstant().atZone(zone).toOffsetDateTime(), groups));
    }

    /** Now by the one clock; kept for DeadlineChangeService until the deadline-change rework replaces it. */
    static OffsetDateTime now(ZoneId zone) {
        return OffsetDateTime.now(WorkflowClock.inZone(zone));
    }
}
