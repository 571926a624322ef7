package vn.parindex.workflow;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one log of decisions (sign-offs, reviews, approvals, returns) of every kind of work, in {@code decision_log}. */
@Repository
@RequiredArgsConstructor
public class DecisionLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    /** Records a decision now; a blank comment is stored as none. */
    public void record(WorkRef work, String unitCode, String step, int round, String decision, String comment,
                       String decidedBy, String taskId) {
        jdbc.sql("""
                        insert into decision_log (work_kind, work_id, part_id, unit_code, step, round, decision, comment,
                                                  decided_by, decided_at, task_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(work.kind(), work.id(), work.partId(), unitCode, step, round, decision,
                        comment == null || comment.isBlank() ? null : comment.trim(), decidedBy,
                        OffsetDateTime.now(clock), taskId)
                .update();
    }

    /** The decisions on a work (on its part only, if the reference names one), oldest first. */
    public List<LoggedDecision> history(WorkRef work) {
        return work.partId() == null
                ? jdbc.sql("select * from decision_log where work_kind = ? and work_id = ? order by id")
                        .params(work.kind(), work.id()).query(LoggedDecision.class).list()
                : jdbc.sql("select * from decision_log where work_kind = ? and work_id = ? and part_id = ? order by id")
                        .params(work.kind(), work.id(), work.partId()).query(LoggedDecision.class).list();
    }

    /** The decisions on one unit's share of a work, oldest first. */
    public List<LoggedDecision> history(WorkRef work, String unitCode) {
        return jdbc.sql("select * from decision_log where work_kind = ? and work_id = ? and unit_code = ? order by id")
                .params(work.kind(), work.id(), unitCode).query(LoggedDecision.class).list();
    }

    /** The latest decision at one of {@code steps}, on a unit's share or (unit null) on the province's own part. */
    public Optional<LoggedDecision> latest(WorkRef work, String unitCode, Collection<String> steps) {
        if (steps.isEmpty()) {
            return Optional.empty();
        }
        var query = jdbc.sql("select * from decision_log where work_kind = :kind and work_id = :work and "
                        + (unitCode == null ? "unit_code is null" : "unit_code = :unit")
                        + " and step in (:steps) order by decided_at desc, id desc limit 1")
                .param("kind", work.kind()).param("work", work.id()).param("steps", steps);
        if (unitCode != null) {
            query = query.param("unit", unitCode);
        }
        return query.query(LoggedDecision.class).optional();
    }
}
