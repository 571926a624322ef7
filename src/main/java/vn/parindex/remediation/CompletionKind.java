package vn.parindex.remediation;

/** How a remediation task's completion time is written in the plan (seed 004, Kế hoạch 2873/KH-UBND). */
public enum CompletionKind {
    /** "Tháng 9/2027": due on the month's last working day. */
    MONTH,
    /** "Trước ngày 15/12/2027": due on that date. */
    DATE,
    /** "Thường xuyên": a report each quarter until the plan ends. */
    RECURRING
}
