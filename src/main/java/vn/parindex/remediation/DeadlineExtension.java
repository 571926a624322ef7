package vn.parindex.remediation;

import java.time.OffsetDateTime;

/** One change of a remediation task's due date, as the change log keeps it. */
public record DeadlineExtension(long id, long planId, long taskId, long periodId, OffsetDateTime oldValue,
                                OffsetDateTime newValue, String reason, String changedBy, OffsetDateTime changedAt,
                                int tasksMoved, int timersMoved) {
}
