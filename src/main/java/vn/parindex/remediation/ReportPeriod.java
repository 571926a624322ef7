package vn.parindex.remediation;

import java.time.OffsetDateTime;

/** One report a unit owes for a task: the only one of a month or date task, or one quarter of a recurring task. */
public record ReportPeriod(long id, long taskId, int sequence, String label, OffsetDateTime opensAt,
                           OffsetDateTime dueAt, PeriodStatus status) {
}
