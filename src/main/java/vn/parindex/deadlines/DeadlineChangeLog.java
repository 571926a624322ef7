package vn.parindex.deadlines;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.parindex.cycle.DeadlineKind;

/** Every change of a cycle's deadline: who, when, old, new, why, and what moved with it. */
@Repository
public class DeadlineChangeLog {

    public record DeadlineChange(long id, long cycleId, DeadlineKind deadline, OffsetDateTime oldValue,
                                 OffsetDateTime newValue, String reason, String changedBy, OffsetDateTime changedAt,
                                 int tasksMoved, int timersMoved) {
    }

    private final JdbcClient jdbc;

    DeadlineChangeLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long record(long cycleId, DeadlineKind deadline, OffsetDateTime oldValue, OffsetDateTime newValue,
                       String reason, String changedBy, OffsetDateTime changedAt) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into deadline_change (cycle_id, deadline, old_value, new_value, reason, changed_by,
                            changed_at, tasks_moved, timers_moved) values (?, ?, ?, ?, ?, ?, ?, 0, 0)""")
                .params(cycleId, deadline.name(), oldValue, newValue, reason, changedBy, changedAt).update(keys, "id");
        return keys.getKey().longValue();
    }

    public void recordMoved(long changeId, int tasksMoved, int timersMoved) {
        jdbc.sql("update deadline_change set tasks_moved = ?, timers_moved = ? where id = ?")
                .params(tasksMoved, timersMoved, changeId).update();
    }

    public List<DeadlineChange> forCycle(long cycleId) {
        return jdbc.sql("select * from deadline_change where cycle_id = ? order by id").param(cycleId)
                .query(DeadlineChange.class).list();
    }
}
