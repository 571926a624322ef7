package vn.parindex.deadlines;

/** A reminder comes before the due date, an escalation after it. */
public enum NoticeKind {
    REMINDER,
    ESCALATION
}
