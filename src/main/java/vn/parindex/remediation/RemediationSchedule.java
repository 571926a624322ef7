package vn.parindex.remediation;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.parindex.calendar.WorkingCalendar;
import vn.parindex.common.ParProperties;
import vn.parindex.common.VietnameseFormat;

/**
 * When a remediation task is due and when its unit reports, on the province's working-day calendar: a month → its
 * last working day; a date → that date; "Thường xuyên" → one report per quarter (the dates of
 * {@code par.remediation.quarter-report-dates}) until the plan ends. Deadlines fall due at {@code par.deadline-time}.
 */
@Component
public class RemediationSchedule {

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    private final WorkingCalendar calendar;
    private final RemediationProperties settings;
    private final ParProperties properties;
    private final List<MonthDay> quarterDates;

    RemediationSchedule(WorkingCalendar calendar, RemediationProperties settings, ParProperties properties) {
        this.calendar = calendar;
        this.settings = settings;
        this.properties = properties;
        this.quarterDates = settings.quarterReportDates().stream()
                .map(text -> MonthDay.parse(text.strip(), DateTimeFormatter.ofPattern("dd/MM")))
                .sorted(Comparator.naturalOrder()).toList();
    }

    public record Period(int sequence, String label, OffsetDateTime opensAt, OffsetDateTime dueAt) {
    }

    /** The task's deadline; for "Thường xuyên", when its check-ins end (the plan's end, or the year's end if named). */
    public OffsetDateTime dueOf(CompletionTime time, LocalDate planEndsOn) {
        return switch (time.kind()) {
            case MONTH -> dueAt(lastWorkingDay(time.month().atEndOfMonth()));
            case DATE -> dueAt(time.date());
            case RECURRING -> dueAt(time.withinYear() == null || LocalDate.of(time.withinYear(), 12, 31).isAfter(planEndsOn)
                    ? planEndsOn : LocalDate.of(time.withinYear(), 12, 31));
        };
    }

    /** The reports the unit owes for a task approved at {@code approvedAt}. */
    public List<Period> periods(CompletionKind kind, OffsetDateTime due, OffsetDateTime approvedAt) {
        if (kind != CompletionKind.RECURRING) {
            return List.of(new Period(1, "Báo cáo kết quả thực hiện", approvedAt, due));
        }
        LocalDate earliest = calendar.addWorkingDays(day(approvedAt), settings.reportLeadWorkingDays());
        LocalDate end = day(due);
        List<Period> periods = new ArrayList<>();
        for (int year = earliest.getYear(); year <= end.getYear(); year++) {
            for (MonthDay quarterDate : quarterDates) {
                LocalDate reportDay = calendar.addWorkingDays(quarterDate.atYear(year), 0);
                if (reportDay.isBefore(earliest) || reportDay.isAfter(end)) {
                    continue;
                }
                periods.add(new Period(periods.size() + 1, "Báo cáo quý " + ROMAN[(quarterDate.getMonthValue() - 1) / 3]
                        + "/" + year, opensAt(reportDay, approvedAt), dueAt(reportDay)));
            }
        }
        if (periods.isEmpty()) {
            periods.add(new Period(1, "Báo cáo kết quả thực hiện (đến " + VietnameseFormat.date(end) + ")",
                    opensAt(end, approvedAt), due));
        }
        return periods;
    }

    /** {@code working days} after the day of {@code from}, at the deadline time. */
    public OffsetDateTime workingDaysAfter(OffsetDateTime from, int workingDays) {
        return calendar.workingDaysAfter(day(from), workingDays, properties.deadlineTime());
    }

    /** Working days a report came in after its due date (0 when on time). */
    public int workingDaysLate(OffsetDateTime due, OffsetDateTime at) {
        if (!at.isAfter(due)) {
            return 0;
        }
        return Math.max(1, calendar.workingDaysBetween(day(due), day(at)));
    }

    public ZoneId zone() {
        return properties.timeZone();
    }

    public LocalDate day(OffsetDateTime instant) {
        return instant.atZoneSameInstant(properties.timeZone()).toLocalDate();
    }

    private OffsetDateTime opensAt(LocalDate reportDay, OffsetDateTime approvedAt) {
        OffsetDateTime opens = calendar.workingDaysBefore(reportDay, settings.reportLeadWorkingDays(), settings.periodOpensAt());
        return opens.isBefore(approvedAt) ? approvedAt : opens;
    }

    private LocalDate lastWorkingDay(LocalDate date) {
        LocalDate day = date;
        while (!calendar.isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    public boolean isWorkingDay(LocalDate date) {
        return calendar.isWorkingDay(date);
    }

    /** A due date as every deadline of ours falls: the day at {@code par.deadline-time}, Vietnam's time. */
    public OffsetDateTime dueAt(LocalDate date) {
        return date.atTime(properties.deadlineTime()).atZone(properties.timeZone()).toOffsetDateTime();
    }
}
