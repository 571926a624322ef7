package vn.parindex.review;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** Where in the cycle a decision was taken. The label is what users read in histories. */
@RequiredArgsConstructor
public enum ReviewStep {
    PLAN_SUBMITTED("Nộp kế hoạch"),
    PLAN_SIGN_OFF("Thủ trưởng ký duyệt kế hoạch"),
    PLAN_REVIEW("Sở Nội vụ xem xét kế hoạch"),
    SCORES_SUBMITTED("Nộp kết quả tự chấm điểm"),
    SCORES_SIGN_OFF("Thủ trưởng ký duyệt kết quả tự chấm"),
    SCORES_REVIEW("Sở Nội vụ xem xét kết quả tự chấm"),
    REPORT_PREPARED("Sở Nội vụ dự thảo báo cáo"),
    DRAFT_APPROVAL("Giám đốc Sở Nội vụ duyệt dự thảo"),
    CHAIRMAN_APPROVAL("Chủ tịch UBND tỉnh phê duyệt"),
    MINISTRY_SUBMISSION("Gửi báo cáo Bộ Nội vụ"),
    APPRAISAL_RECORDED("Ghi nhận kết quả thẩm định của Bộ Nội vụ"),
    EXPLANATION_SUBMITTED("Đơn vị gửi giải trình"),
    EXPLANATION_REVIEW("Sở Nội vụ xem xét giải trình của đơn vị"),
    EXPLANATION_PREPARED("Sở Nội vụ tổng hợp báo cáo giải trình"),
    EXPLANATION_APPROVAL("Chủ tịch UBND tỉnh phê duyệt báo cáo giải trình"),
    EXPLANATION_SENT("Gửi báo cáo giải trình Bộ Nội vụ"),
    RESULTS_PUBLISHED("Ghi nhận kết quả Bộ Nội vụ công bố");

    @Getter
    private final String label;
}
