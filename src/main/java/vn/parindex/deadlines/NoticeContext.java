package vn.parindex.deadlines;

/**
 * What a deadline watch needs to know about the work a task belongs to: the policy to follow and what the notice
 * names (year, province). A PAR cycle is one context ({@code cycle:<id>}); other processes (e.g. the quarterly
 * reform reports) provide their own through a {@link NoticeContextSource}.
 *
 * @param cycleId    the PAR cycle, or null when the work is not part of one
 * @param policyCode the reminder and escalation policy ({@code data/notice-policies/<code>.yaml})
 * @param work       what the notices call the work, e.g. "kỳ xác định Chỉ số CCHC của các cơ quan, đơn vị năm 2026";
 *                   null: the Ministry's PAR Index of the year ("kỳ đánh giá Chỉ số cải cách hành chính năm …")
 * @param subjectTag the tag that starts the subject line, e.g. "Chỉ số CCHC đơn vị 2026"; null: "Chỉ số CCHC <year>"
 */
public record NoticeContext(Long cycleId, int year, String province, String policyCode, String work, String subjectTag) {

    public NoticeContext(Long cycleId, int year, String province, String policyCode) {
        this(cycleId, year, province, policyCode, null, null);
    }

    /** The task variable naming the context, {@code <kind>:<id>}; a task with only {@code cycleId} is in its cycle. */
    public static final String VARIABLE = "noticeContext";

    public static String key(String kind, long id) {
        return kind + ":" + id;
    }
}
