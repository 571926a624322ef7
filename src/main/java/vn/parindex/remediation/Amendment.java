package vn.parindex.remediation;

import java.time.OffsetDateTime;

/** A change to a plan in progress: a task added or cancelled, why, by whom (V20). */
public record Amendment(long id, long planId, long taskId, String kind, String reason, String changedBy,
                        OffsetDateTime changedAt) {

    public static final String TASK_ADDED = "TASK_ADDED";
    public static final String TASK_CANCELLED = "TASK_CANCELLED";

    public String label() {
        return TASK_ADDED.equals(kind) ? "Bổ sung nhiệm vụ" : "Hủy nhiệm vụ";
    }
}
