package vn.parindex.deadlines;

import java.time.LocalTime;

/**
 * One step of a policy: {@code offset} working days (or minutes, for demos) from the task's due date.
 *
 * @param at time of day for working-day steps; null for minute steps
 */
public record NoticeStep(int position, String code, NoticeKind kind, int offset, OffsetUnit unit, LocalTime at,
                         NoticeAudience audience) {

    public enum OffsetUnit {
        WORKING_DAYS,
        MINUTES
    }
}
