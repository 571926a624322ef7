package vn.parindex.deadlines;

import java.time.OffsetDateTime;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Every deadline Sở Nội vụ moved, of any work: who, when, old, new, why, and what moved with it. */
@Repository
@RequiredArgsConstructor
public class DeadlineChangeLog {

    /** One change; {@code work} and {@code ownerId} say whose deadline (see {@link MovableDeadlines}). */
    public record DeadlineChange(long id, String work, long ownerId, String deadline, Long taskId, Long periodId,
                                 OffsetDateTime oldValue, OffsetDateTime newValue, String reason, String changedBy,
                                 OffsetDateTime changedAt, int tasksMoved, int timersMoved) {
    }

    private final JdbcClient jdbc;

    public long record(String work, MovableDeadlines.Moved moved, String changedBy, OffsetDateTime changedAt) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into deadline_change (work, owner_id, deadline, task_id, period_id, old_value, new_value,
                            reason, changed_by, changed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(work, moved.ownerId(), moved.deadline(), moved.taskId(), moved.periodId(), moved.oldValue(),
                        moved.newValue(), moved.reason(), changedBy, changedAt)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void recordMoved(long changeId, int tasksMoved, int timersMoved) {
        jdbc.sql("update deadline_change set tasks_moved = ?, timers_moved = ? where id = ?")
                .params(tasksMoved, timersMoved, changeId).update();
    }

    public DeadlineChange get(long changeId) {
        return jdbc.sql("select * from deadline_change where id = ?").param(changeId).query(DeadlineChange.class).single();
    }

    /** The changes of one cycle, report or plan, in order. */
    public List<DeadlineChange> forOwner(String work, long ownerId) {
        return jdbc.sql("select * from deadline_change where work = ? and owner_id = ? order by id").params(work, ownerId)
                .query(DeadlineChange.class).list();
    }
}
