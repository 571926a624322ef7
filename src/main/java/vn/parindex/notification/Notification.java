package vn.parindex.notification;

import java.time.OffsetDateTime;

/**
 * One row of the notification log: a notice to one recipient, with its delivery state, and the year and work it
 * belongs to ({@code workTag}, e.g. "Chỉ số CCHC 2026", "Báo cáo CCHC quý 1/2026").
 */
public record Notification(long id, Long cycleId, String unitCode, String taskId, String taskName,
                           NotificationKind kind, String stepCode, String recipientUser, String recipientEmail,
                           String subject, OffsetDateTime plannedAt, OffsetDateTime queuedAt,
                           NotificationStatus status, int attempts, OffsetDateTime nextAttemptAt,
                           OffsetDateTime sentAt, String lastError, Integer workYear, String workTag) {

    /** The step in words ("Nhắc trước hạn 2 ngày làm việc", "Báo cáo thủ trưởng đơn vị"), for the pages. */
    public String stepLabel() {
        return NoticeStepLabels.of(stepCode, kind);
    }
}
