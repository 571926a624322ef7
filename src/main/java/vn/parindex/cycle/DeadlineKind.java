package vn.parindex.cycle;

import lombok.AccessLevel;
import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** The deadlines of a cycle that Sở Nội vụ may move while it is open. */
@RequiredArgsConstructor
public enum DeadlineKind {
    PLAN_DUE("plan_due", "Hạn nộp kế hoạch triển khai"),
    SELF_ASSESSMENT_OPENS("self_assessment_opens", "Ngày mở tự đánh giá, chấm điểm"),
    UNIT_SCORE_DUE("unit_score_due", "Hạn đơn vị nộp kết quả tự chấm"),
    REPORT_TO_CHAIRMAN_DUE("report_to_chairman_due", "Hạn Sở Nội vụ trình Chủ tịch UBND tỉnh"),
    CHAIRMAN_APPROVAL_DUE("chairman_approval_due", "Hạn Chủ tịch UBND tỉnh phê duyệt"),
    MINISTRY_DEADLINE("ministry_deadline", "Hạn gửi báo cáo Bộ Nội vụ");

    @Getter(AccessLevel.PACKAGE)
    private final String column;
    @Getter
    private final String label;
}
