package vn.parindex.reporting;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Every change of a quarter's due date: who, when, old, new, why, and what moved with it. */
@Repository
public class QuarterlyDeadlineChangeLog {

    public record Change(long id, long reportId, QuarterlyDeadline deadline, OffsetDateTime oldValue,
                         OffsetDateTime newValue, String reason, String changedBy, OffsetDateTime changedAt,
                         int tasksMoved, int timersMoved) {
    }

    private final JdbcClient jdbc;

    QuarterlyDeadlineChangeLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long record(long reportId, QuarterlyDeadline deadline, OffsetDateTime oldValue, OffsetDateTime newValue,
                       String reason, String changedBy, OffsetDateTime changedAt) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into quarterly_deadline_change (report_id, deadline, old_value, new_value, reason,
                            changed_by, changed_at, tasks_moved, timers_moved) values (?, ?, ?, ?, ?, ?, ?, 0, 0)""")
                .params(reportId, deadline.name(), oldValue, newValue, reason, changedBy, changedAt).update(keys, "id");
        return keys.getKey().longValue();
    }

    public void recordMoved(long changeId, int tasksMoved, int timersMoved) {
        jdbc.sql("update quarterly_deadline_change set tasks_moved = ?, timers_moved = ? where id = ?")
                .params(tasksMoved, timersMoved, changeId).update();
    }

    public List<Change> forReport(long reportId) {
        return jdbc.sql("select * from quarterly_deadline_change where report_id = ? order by id").param(reportId)
                .query(Change.class).list();
    }
}
