package vn.parindex.cycle;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.parindex.common.TransactionMemo;

@Repository
@RequiredArgsConstructor
class CycleRepository {

    private final JdbcClient jdbc;

    long insert(int year, String criteriaSetCode, OffsetDateTime[] deadlines, String openedBy, OffsetDateTime openedAt,
                String processInstanceId, String noticePolicyCode) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into par_cycle (year, open_year, business_key, process_instance_id, status, criteria_set_code,
                    plan_due, self_assessment_opens, unit_score_due, report_to_chairman_due, chairman_approval_due,
                    ministry_deadline, opened_by, opened_at, notice_policy_code)
                values (?, ?, ?, ?, 'OPEN', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(year, year, Cycle.businessKeyOf(year), processInstanceId, criteriaSetCode, deadlines[0],
                        deadlines[1], deadlines[2], deadlines[3], deadlines[4], deadlines[5], openedBy, openedAt,
                        noticePolicyCode)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<Cycle> find(long id) {
        return jdbc.sql("select * from par_cycle where id = ?").param(id).query(Cycle.class).optional();
    }

    Optional<Cycle> findOpen(int year) {
        return jdbc.sql("select * from par_cycle where open_year = ?").param(year).query(Cycle.class).optional();
    }

    List<Cycle> all() {
        return jdbc.sql("select * from par_cycle order by year desc, id desc").query(Cycle.class).list();
    }

    void markSelfAssessmentOpened(long id, OffsetDateTime at) {
        TransactionMemo.forget(Cycle.MEMO);
        jdbc.sql("update par_cycle set self_assessment_opened_at = ? where id = ? and self_assessment_opened_at is null")
                .params(at, id).update();
    }

    /** Moves one deadline; the column comes from the enum, never from input. */
    void updateDeadline(long id, DeadlineKind kind, OffsetDateTime value) {
        TransactionMemo.forget(Cycle.MEMO);
        jdbc.sql("update par_cycle set " + kind.column() + " = ? where id = ?").params(value, id).update();
    }

    void close(long id, CycleStatus status, OffsetDateTime at) {
        TransactionMemo.forget(Cycle.MEMO);
        jdbc.sql("update par_cycle set status = ?, open_year = null, closed_at = ? where id = ?")
                .params(status.name(), at, id).update();
    }
}
