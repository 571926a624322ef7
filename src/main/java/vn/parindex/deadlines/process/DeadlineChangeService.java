package vn.parindex.deadlines.process;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.common.ParProperties;
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
public class DeadlineChangeService {

    /** The change as logged, and what moved with it. */
    public record Result(DeadlineChange change, int tasksMoved, int timersMoved, int noticesQueued) {
    }

    private final List<MovableDeadlines<?>> works;
    private final DeadlineChangeLog changeLog;
    private final OpenTaskDeadlines openTasks;
    private final ZoneId zone;

    DeadlineChangeService(List<MovableDeadlines<?>> works, DeadlineChangeLog changeLog, OpenTaskDeadlines openTasks,
                          ParProperties properties) {
        this.works = works;
        this.changeLog = changeLog;
        this.openTasks = openTasks;
        this.zone = properties.timeZone();
    }

    /** The works whose deadlines may move. */
    public List<MovableDeadlines<?>> works() {
        return works;
    }

    /** The deadlines of {@code work} (CYCLE, QUARTERLY_REPORT, REMEDIATION), if there is such a work. */
    public Optional<MovableDeadlines<?>> of(Object work) {
        return works.stream().filter(candidate -> candidate.work().equals(work)).findFirst();
    }

    @Transactional
    public <T> Result change(MovableDeadlines<T> deadlines, T target, LocalDate newDate, String reason) {
        String user = openTasks.requireCoordinator(deadlines.coordinatorsOnly());
        OffsetDateTime now = WatchedTask.now(zone);
        MovableDeadlines.Moved moved = deadlines.move(target, newDate, reason, now);
        long changeId = changeLog.record(deadlines.work(), moved, user, now);
        OpenTaskDeadlines.Moved tasks = openTasks.recalculate(moved.processInstanceId(), new OpenTaskDeadlines.Change(
                noticeKey(deadlines, changeId, now), moved.label(), moved.reason(), user, now, deadlines.audience()));
        changeLog.recordMoved(changeId, tasks.taskIds().size(), tasks.timersMoved());
        return new Result(changeLog.get(changeId), tasks.taskIds().size(), tasks.timersMoved(), tasks.noticesQueued());
    }

    /**
     * The notices' dedup key. The log's ids began anew when V22 merged the three logs, so the time of the change
     * keeps its notices apart from those of an older change that had the same number.
     */
    private static String noticeKey(MovableDeadlines<?> deadlines, long changeId, OffsetDateTime now) {
        return deadlines.noticePrefix() + ":" + changeId + "@" + now.toInstant();
    }
}
