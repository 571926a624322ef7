package vn.parindex.deadlines.process;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.deadlines.DeadlineChangeLog;
import vn.parindex.deadlines.DeadlineChangeLog.DeadlineChange;
import vn.parindex.deadlines.MovableDeadlines;

/**
 * Sở Nội vụ moves a deadline of any work (see {@link MovableDeadlines}). In one transaction: the date in the work's
 * tables, every open task whose due date expression reads it (re-evaluated, so the model stays the only place that
 * says which task follows which deadline), every pending timer of the work's process and of the moved tasks' watches
 * (re-evaluated from their bean expressions), a notice to each affected unit, and the change log (who, when, old,
 * new, why). Refused in Vietnamese with nothing stored.
 */
@Service
@RequiredArgsConstructor
public class DeadlineChangeService {

    /** The change as logged, and what moved with it. */
    public record Result(DeadlineChange change, int tasksMoved, int timersMoved, int noticesQueued) {
    }

    private final List<MovableDeadlines<?>> works;
    private final DeadlineChangeLog changeLog;
    private final OpenTaskDeadlines openTasks;
    private final ZoneId zone;

    /** The works whose deadlines may move. */
    List<MovableDeadlines<?>> works() {
        return works;
    }

    /** The deadlines of the work named {@code work} (CYCLE, QUARTERLY_REPORT, REMEDIATION), if there is one. */
    Optional<MovableDeadlines<?>> of(Object work) {
        return works.stream().filter(candidate -> candidate.work().name().equals(work)).findFirst();
    }

    @Transactional
    public <T> Result change(MovableDeadlines<T> deadlines, T target, LocalDate newDate, String reason) {
        MovableDeadlines.Work work = deadlines.work();
        String user = openTasks.requireCoordinator(work.coordinatorsOnly());
        OffsetDateTime now = WatchedTask.now(zone);
        MovableDeadlines.Moved moved = deadlines.move(target, newDate, reason, now);
        long changeId = changeLog.record(work.name(), moved, user, now);
        // the log's ids began anew when V22 merged the three logs: the time keeps this change's notices apart from
        // those of an older change with the same number
        OpenTaskDeadlines.Moved tasks = openTasks.recalculate(moved.processInstanceId(), new OpenTaskDeadlines.Change(
                work.noticePrefix() + ":" + changeId + "@" + now.toInstant(), moved.label(), moved.reason(), user, now,
                work.audience()));
        changeLog.recordMoved(changeId, tasks.taskIds().size(), tasks.timersMoved());
        return new Result(changeLog.get(changeId), tasks.taskIds().size(), tasks.timersMoved(), tasks.noticesQueued());
    }

    /** The changes of one cycle, report or plan of the work, in order. */
    public List<DeadlineChange> log(MovableDeadlines<?> deadlines, long ownerId) {
        return changeLog.forOwner(deadlines.work().name(), ownerId);
    }
}
