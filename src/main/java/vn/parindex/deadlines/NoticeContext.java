package vn.parindex.deadlines;

/**
 * What a deadline watch needs to know about the work a task belongs to: the policy to follow and what the notice
 * names (year, province). A PAR cycle is one context ({@code cycle:<id>}); other processes (e.g. the quarterly
 * reform reports) provide their own through a {@link NoticeContextSource}.
 *
 * @param cycleId    the PAR cycle, or null when the work is not part of one
 * @param policyCode the reminder and escalation policy ({@code data/notice-policies/<code>.yaml})
 * @param subjectTag what the subject line starts with, in brackets: "Chỉ số CCHC 2026", "Báo cáo CCHC quý 1/2026"
 * @param workLabel  what the work is called inside a sentence: "kỳ đánh giá Chỉ số cải cách hành chính năm 2026",
 *                   "báo cáo CCHC quý 1/2026"
 */
public record NoticeContext(Long cycleId, int year, String province, String policyCode, String subjectTag,
                            String workLabel) {

    /** The context of a PAR cycle. */
    public static NoticeContext ofCycle(long cycleId, int year, String province, String policyCode) {
        return new NoticeContext(cycleId, year, province, policyCode, "Chỉ số CCHC " + year,
                "kỳ đánh giá Chỉ số cải cách hành chính năm " + year);
    }

    /** The kind of the yearly cycle's contexts; its tasks may carry only {@code cycleId} instead of the key. */
    public static final String CYCLE = "cycle";

    /** The task variable naming the context, {@code <kind>:<id>}; a task with only {@code cycleId} is in its cycle. */
    public static final String VARIABLE = "noticeContext";

    public static String key(String kind, long id) {
        return kind + ":" + id;
    }
}
