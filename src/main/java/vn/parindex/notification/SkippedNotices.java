package vn.parindex.notification;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The log of steps not sent (table {@code skipped_notice}), shown with the notification log so that a step nobody
 * heard about is explained. Once per notice, as the notification log: a retried job logs nothing twice.
 */
@Service
@RequiredArgsConstructor
public class SkippedNotices {

    /** A step that had already passed when the task was given (the work opened late, or the task came late). */
    public static final String PAST_WHEN_GIVEN = "đã qua thời điểm khi giao việc";
    /** A reminder whose time came only after the due date (the deadline moved earlier, or the engine was down). */
    public static final String REMINDER_AFTER_DUE = "đến lúc nhắc thì công việc đã quá hạn";
    /** An earlier escalation of a task given late: only the latest one already past is sent. */
    public static final String SUPERSEDED_WHEN_GIVEN = "đã qua thời điểm khi giao việc; chỉ gửi bước đôn đốc gần nhất";

    private static final String COLUMNS = """
            id, cycle_id, unit_code, task_id, task_name, kind, step_code, recipients, planned_at, skipped_at, reason,
            work_year, work_tag""";

    private final JdbcClient jdbc;

    @Transactional
    public boolean log(NoticeContent notice, List<Recipient> recipients, String reason, OffsetDateTime now) {
        String names = recipients.isEmpty() ? "(không có người nhận)"
                : recipients.stream().map(r -> r.fullName() == null || r.fullName().isBlank() ? r.userId() : r.fullName())
                        .distinct().collect(Collectors.joining(", "));
        if (names.length() > 2000) {
            names = names.substring(0, 1996) + " ...";
        }
        return jdbc.sql("""
                        insert into skipped_notice (dedup_key, cycle_id, unit_code, task_id, task_name, kind, step_code,
                            recipients, planned_at, skipped_at, reason, work_year, work_tag)
                        select ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
                        where not exists (select 1 from skipped_notice where dedup_key = ?)""")
                .params(notice.dedupKey(), notice.cycleId(), notice.unitCode(), notice.taskId(), notice.taskName(),
                        notice.kind().name(), notice.stepCode(), names, notice.plannedAt(), now, reason,
                        notice.cycleYear(), notice.subjectTag(), notice.dedupKey())
                .update() == 1;
    }

    public List<SkippedNotice> log(int year, String unitCode) {
        var where = new StringBuilder(" where work_year = ?");
        var params = new ArrayList<Object>();
        params.add(year);
        if (unitCode != null) {
            where.append(" and unit_code = ?");
            params.add(unitCode);
        }
        return jdbc.sql("select " + COLUMNS + " from skipped_notice" + where + " order by skipped_at desc, id desc")
                .params(params).query(SkippedNotice.class).list();
    }

    public List<SkippedNotice> forTask(String taskId) {
        return jdbc.sql("select " + COLUMNS + " from skipped_notice where task_id = ? order by id").param(taskId)
                .query(SkippedNotice.class).list();
    }
}
