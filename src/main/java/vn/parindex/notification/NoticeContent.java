package vn.parindex.notification;

import java.time.OffsetDateTime;

/**
 * What one notice says, independent of the recipient. The mail template renders it; fields a kind does not use
 * are null.
 *
 * @param dedupKey   identifies the notice (e.g. task and policy step); with the recipient it is queued once only
 * @param workingDays working days left before the due date (reminder) or late after it (escalation)
 * @param subjectTag  the subject line's tag, e.g. "Chỉ số CCHC 2026" or "Báo cáo CCHC quý 1/2026"
 * @param workLabel   the work inside a sentence, e.g. "kỳ đánh giá Chỉ số cải cách hành chính năm 2026"
 */
public record NoticeContent(NotificationKind kind, String dedupKey, String stepCode, Long cycleId, int cycleYear,
                            String province, String unitCode, String unitName, String taskId, String taskName,
                            String taskLink, OffsetDateTime due, int workingDays, OffsetDateTime plannedAt,
                            OffsetDateTime previousDue, String deadlineLabel, String reason, String changedBy,
                            String subjectTag, String workLabel) {
}
