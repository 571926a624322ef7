package vn.parindex.deadlines;

/** Who a policy step addresses. */
public enum NoticeAudience {
    /** the candidate groups of the task (the officers who should do it) */
    TASK_GROUPS,
    /** the heads of the unit the task belongs to (Sở Nội vụ for province-level tasks) */
    UNIT_HEADS,
    SNV_DIRECTOR,
    /** the heads of Văn phòng UBND tỉnh, who prepare the Chairman's criticism of late units */
    CHAIRMAN_OFFICE
}
