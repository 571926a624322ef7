package vn.parindex.deadlines;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The deadlines of one kind of work that Sở Nội vụ's coordinators may move: the yearly cycle, a quarter's report, a
 * remediation plan. A Spring bean per kind (like {@link NoticeContextSource}). The one deadline change (the
 * {@code deadline-change} start form, the API adapters, one log) does the rest the same way for every kind: only
 * coordinators, one transaction, the log, the open tasks and timers that read the date, the notices.
 *
 * @param <T> which deadline, in the work's own words: a deadline of the year's cycle, of a quarter, task n of a plan
 */
public interface MovableDeadlines<T> {

    /** The kind of work and how the one change speaks of it. */
    Work work();

    /**
     * Which deadline the start form names (fields {@link Work#formFields}); refused in Vietnamese: thrown, or added to
     * {@code problems} to be shown with the date's.
     */
    T target(Map<String, Object> form, List<String> problems);

    /**
     * Checks the reason and the new date (a working day, in order, not past, ...) and writes the date in the work's
     * own tables. Refused in Vietnamese with nothing stored.
     */
    Moved move(T target, LocalDate newDate, String reason, OffsetDateTime now);

    /**
     * @param name             as the log's {@code work} column and the start form's {@code work} field name it: CYCLE
     * @param noticePrefix     the prefix of the notices' dedup key, e.g. {@code quarterlyChange}
     * @param coordinatorsOnly the refusal for anyone but Sở Nội vụ's coordinators
     * @param formFields       the start form's fields naming the deadline ({@code year}, {@code quarter}, ...)
     * @param newDateLabel     what the start form's refusals call the new date
     * @param audience         who of a moved task is told
     */
    record Work(String name, String noticePrefix, String coordinatorsOnly, List<String> formFields, String newDateLabel,
                NoticeAudience audience) {
    }

    /**
     * What {@link MovableDeadlines#move} changed.
     *
     * @param ownerId           the cycle, report or plan
     * @param deadline          the deadline's name, or null when task and period name it
     * @param reason            the reason as logged (trimmed)
     * @param label             what moved, as the notice names it: "Hạn nộp kế hoạch triển khai"
     * @param processInstanceId whose open tasks and timers read the date (their expressions are evaluated again); null
     *                          when no process runs for it
     */
    record Moved(long ownerId, String deadline, Long taskId, Long periodId, OffsetDateTime oldValue,
                 OffsetDateTime newValue, String reason, String label, String processInstanceId) {
    }
}
