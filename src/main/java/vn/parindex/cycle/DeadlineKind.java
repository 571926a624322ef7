package vn.parindex.cycle;

/** The deadlines of a cycle that Sở Nội vụ may move while it is open. */
public enum DeadlineKind {
    PLAN_DUE("plan_due", "Hạn nộp kế hoạch triển khai"),
    SELF_ASSESSMENT_OPENS("self_assessment_opens", "Ngày mở tự đánh giá, chấm điểm"),
    UNIT_SCORE_DUE("unit_score_due", "Hạn đơn vị nộp kết quả tự chấm"),
    REPORT_TO_CHAIRMAN_DUE("report_to_chairman_due", "Hạn Sở Nội vụ trình Chủ tịch UBND tỉnh"),
    CHAIRMAN_APPROVAL_DUE("chairman_approval_due", "Hạn Chủ tịch UBND tỉnh phê duyệt"),
    MINISTRY_DEADLINE("ministry_deadline", "Hạn gửi báo cáo Bộ Nội vụ");

    private final String column;
    private final String label;

    DeadlineKind(String column, String label) {
        this.column = column;
        this.label = label;
    }

    String column() {
        return column;
    }

    public String label() {
        return label;
    }
}
