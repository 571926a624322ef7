package vn.parindex.remediation;

import java.time.OffsetDateTime;

/**
 * A submission of the draft (PLAN_SUBMITTED), the Chairman's approval or return (PLAN_APPROVAL), or SNV's acceptance
 * or return of a unit's report (REPORT_REVIEW), with who and when.
 */
public record RemediationDecision(long id, long planId, Long periodId, String step, int round, String decision,
                                  String comment, String decidedBy, OffsetDateTime decidedAt, String taskId) {

    public static final String PLAN_SUBMITTED = "PLAN_SUBMITTED";
    public static final String PLAN_APPROVAL = "PLAN_APPROVAL";
    public static final String REPORT_REVIEW = "REPORT_REVIEW";

    public boolean isReturn() {
        return "RETURN".equals(decision);
    }

    public String stepLabel() {
        return switch (step) {
            case PLAN_SUBMITTED -> "Sở Nội vụ trình dự thảo";
            case PLAN_APPROVAL -> "Chủ tịch UBND tỉnh";
            default -> "Sở Nội vụ xem xét báo cáo";
        };
    }

    public String decisionLabel() {
        return switch (decision) {
            case "APPROVE" -> PLAN_APPROVAL.equals(step) ? "Phê duyệt" : "Chấp nhận";
            case "RETURN" -> "Trả lại";
            default -> "Trình";
        };
    }
}
