package vn.parindex.deadlines;

/**
 * What a deadline watch needs to know about the work a task belongs to: the policy to follow and what the notice
 * names (year, province). A PAR cycle is one context ({@code cycle:<id>}); other processes (e.g. the quarterly
 * reform reports) provide their own through a {@link NoticeContextSource}.
 *
 * @param cycleId    the PAR cycle, or null when the work is not part of one
 * @param policyCode the reminder and escalation policy ({@code data/notice-policies/<code>.yaml})
 */
public record NoticeContext(Long cycleId, int year, String province, String policyCode) {

    /** The task variable naming the context, {@code <kind>:<id>}; a task with only {@code cycleId} is in its cycle. */
    public static final String VARIABLE = "noticeContext";

    public static String key(String kind, long id) {
        return kind + ":" + id;
    }
}
