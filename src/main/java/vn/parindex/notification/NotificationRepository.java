package vn.parindex.notification;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
@RequiredArgsConstructor
class NotificationRepository {

    private static final String COLUMNS = """
            id, cycle_id, unit_code, task_id, task_name, kind, step_code, recipient_user, recipient_email, subject,
            planned_at, queued_at, status, attempts, next_attempt_at, sent_at, last_error, work_year, work_tag""";

    record Outgoing(long id, String recipientEmail, String subject, String body, int attempts) {
    }

    private final JdbcClient jdbc;

    /** Inserts unless the dedup key is already there; true when inserted. */
    boolean insertOnce(NoticeContent notice, Recipient recipient, String subject, String body,
                       NotificationStatus status, OffsetDateTime queuedAt) {
        String dedupKey = notice.dedupKey() + "|" + recipient.userId();
        return jdbc.sql("""
                        insert into notification (cycle_id, unit_code, task_id, task_name, kind, step_code, dedup_key,
                            recipient_user, recipient_email, subject, body, planned_at, queued_at, status, attempts,
                            next_attempt_at, work_year, work_tag)
                        select ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?
                        where not exists (select 1 from notification where dedup_key = ?)""")
                .params(notice.cycleId(), notice.unitCode(), notice.taskId(), notice.taskName(), notice.kind().name(),
                        notice.stepCode(), dedupKey, recipient.userId(), recipient.email(), subject, body,
                        notice.plannedAt(), queuedAt, status.name(), status == NotificationStatus.PENDING ? queuedAt : null,
                        notice.cycleYear(), notice.subjectTag(), dedupKey)
                .update() == 1;
    }

    List<Long> dueIds(OffsetDateTime now, int limit) {
        return jdbc.sql("""
                        select id from notification where status = 'PENDING' and next_attempt_at <= ?
                        order by next_attempt_at, id fetch first ? rows only""")
                .params(now, limit).query(Long.class).list();
    }

    /** Claims a notice for this node; false when another node was faster. */
    boolean claim(long id, String node, OffsetDateTime now) {
        return jdbc.sql("update notification set status = 'SENDING', claimed_by = ?, claimed_at = ? where id = ? and status = 'PENDING'")
                .params(node, now, id).update() == 1;
    }

    Optional<Outgoing> outgoing(long id) {
        return jdbc.sql("select id, recipient_email, subject, body, attempts from notification where id = ?").param(id)
                .query(Outgoing.class).optional();
    }

    void markSent(long id, OffsetDateTime at) {
        jdbc.sql("update notification set status = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = null where id = ?")
                .params(at, id).update();
    }

    void markFailed(long id, OffsetDateTime nextAttempt, String error) {
        jdbc.sql("""
                        update notification set status = 'PENDING', attempts = attempts + 1, next_attempt_at = ?,
                            last_error = ?, claimed_by = null, claimed_at = null where id = ?""")
                .params(nextAttempt, error.length() > 2000 ? error.substring(0, 2000) : error, id).update();
    }

    /** Notices whose node died while sending go back to the queue. */
    int releaseStaleClaims(OffsetDateTime claimedBefore) {
        return jdbc.sql("""
                        update notification set status = 'PENDING', claimed_by = null, claimed_at = null
                        where status = 'SENDING' and claimed_at < ?""")
                .param(claimedBefore).update();
    }

    /** A year's notices of every kind of work (cycle, quarterly reports, the province's own index). */
    List<Notification> list(int year, String unitCode) {
        var where = new StringBuilder(" where work_year = ?");
        var params = new java.util.ArrayList<Object>();
        params.add(year);
        if (unitCode != null) {
            where.append(" and unit_code = ?");
            params.add(unitCode);
        }
        return jdbc.sql("select " + COLUMNS + " from notification" + where + " order by planned_at desc, id desc")
                .params(params).query(Notification.class).list();
    }

    List<Notification> forTask(String taskId) {
        return jdbc.sql("select " + COLUMNS + " from notification where task_id = ? order by id").param(taskId)
                .query(Notification.class).list();
    }
}
