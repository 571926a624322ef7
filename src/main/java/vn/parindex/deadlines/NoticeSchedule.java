package vn.parindex.deadlines;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.parindex.calendar.WorkingCalendar;

/** When each step of a policy falls for a task due at a given time, on the province's working-day calendar. */
@Component
@RequiredArgsConstructor
public class NoticeSchedule {

    private final WorkingCalendar calendar;
    private final ZoneId zone;

    public OffsetDateTime plannedAt(NoticeStep step, OffsetDateTime due) {
        if (step.unit() == NoticeStep.OffsetUnit.MINUTES) {
            return due.plusMinutes(step.offset());
        }
        LocalDate dueDay = day(due);
        return step.offset() < 0
                ? calendar.workingDaysBefore(dueDay, -step.offset(), step.at())
                : calendar.workingDaysAfter(dueDay, step.offset(), step.at());
    }

    /** The first step still ahead at {@code now}; steps already past when a task is created are not sent late. */
    public int firstStepAfter(NoticePolicy policy, OffsetDateTime due, OffsetDateTime now) {
        for (NoticeStep step : policy.steps()) {
            if (plannedAt(step, due).isAfter(now)) {
                return step.position();
            }
        }
        return policy.steps().size();
    }

    /**
     * The steps from {@code from} on whose time had already passed when the task was created ({@code created}), in
     * order; empty when step {@code from} still lay ahead then.
     */
    public List<NoticeStep> pastWhenGiven(NoticePolicy policy, int from, OffsetDateTime due, OffsetDateTime created) {
        List<NoticeStep> past = new ArrayList<>();
        for (int position = from; policy.hasStep(position); position++) {
            NoticeStep step = policy.step(position);
            if (plannedAt(step, due).isAfter(created)) {
                break;
            }
            past.add(step);
        }
        return past;
    }

    /** Working days from now to the due day (before it), or from the due day to now (after it). */
    public int workingDaysBetween(OffsetDateTime from, OffsetDateTime to) {
        return Math.abs(calendar.workingDaysBetween(day(from), day(to)));
    }

    private LocalDate day(OffsetDateTime instant) {
        return instant.atZoneSameInstant(zone).toLocalDate();
    }
}
