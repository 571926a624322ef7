package vn.parindex.notification;

import java.time.OffsetDateTime;

/**
 * What one notice says, independent of the recipient. The mail template renders it; fields a kind does not use
 * are null.
 *
 * @param dedupKey   identifies the notice (e.g. task and policy step); with the recipient it is queued once only
 * @param workingDays working days left before the due date (reminder) or late after it (escalation)
 * @param work       what the work is called ({@link #workText()}); null for the Ministry's PAR Index cycle
 * @param subjectTag the subject line's tag; null for "Chỉ số CCHC <year>"
 */
public record NoticeContent(NotificationKind kind, String dedupKey, String stepCode, Long cycleId, int cycleYear,
                            String province, String unitCode, String unitName, String taskId, String taskName,
                            String taskLink, OffsetDateTime due, int workingDays, OffsetDateTime plannedAt,
                            OffsetDateTime previousDue, String deadlineLabel, String reason, String changedBy,
                            String work, String subjectTag) {

    /** "kỳ đánh giá Chỉ số cải cách hành chính năm 2026 của Tỉnh Lâm Đồng", or the work's own name. */
    public String workText() {
        return work != null ? work : "kỳ đánh giá Chỉ số cải cách hành chính năm " + cycleYear + " của " + province;
    }

    public String subjectTagText() {
        return subjectTag != null ? subjectTag : "Chỉ số CCHC " + cycleYear;
    }
}
