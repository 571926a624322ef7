package vn.parindex.notification;

import java.time.OffsetDateTime;

/**
 * A reminder or escalation step that was not sent, with why ({@code reason}, e.g. "đã qua thời điểm khi giao việc")
 * and the names it would have addressed.
 */
public record SkippedNotice(long id, Long cycleId, String unitCode, String taskId, String taskName,
                            NotificationKind kind, String stepCode, String recipients, OffsetDateTime plannedAt,
                            OffsetDateTime skippedAt, String reason, Integer workYear, String workTag) {

    /** The step in words, for the pages. */
    public String stepLabel() {
        return NoticeStepLabels.of(stepCode, kind);
    }
}
