package vn.parindex.internalindex;

import java.time.OffsetDateTime;

/**
 * Where a unit stands in the period, for the page and the dashboard: its step (self-scoring, appraisal round 1,
 * explanation, round 2, done, or locked out late), the step's due date and whether it is overdue.
 */
public record UnitProgress(String unitCode, String unitName, String unitType, String status, String stepText,
                           OffsetDateTime due, boolean overdue, boolean late) {

    static String stepText(String status) {
        return switch (status) {
            case "SELF_SCORING" -> "Đang tự chấm điểm";
            case "SUBMITTED" -> "Thẩm định vòng 1";
            case "APPRAISED" -> "Chờ đơn vị giải trình hoặc đồng ý kết quả vòng 1";
            case "EXPLAINED" -> "Thẩm định vòng 2 (Hội đồng)";
            case "FINAL" -> "Đã có kết quả thẩm định";
            case "LATE" -> "Không nộp tự chấm đúng hạn (đã khóa)";
            default -> status;
        };
    }

    static OffsetDateTime dueOf(String status, Period period) {
        return switch (status) {
            case "SELF_SCORING" -> period.selfScoreDue();
            case "SUBMITTED" -> period.appraisalDue();
            case "APPRAISED" -> period.explanationDue();
            case "EXPLAINED" -> period.finalAppraisalDue();
            default -> null;
        };
    }
}
