package vn.parindex.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * Working-day arithmetic over the years it is given: Saturday and Sunday are off, holidays and compensatory days
 * off are off, make-up working days are worked. A year without data counts weekends only, and is reported once.
 */
final class WorkingDays {

    private final IntFunction<Optional<YearCalendar>> years;
    private final ZoneId zone;
    private final IntConsumer missingYear;
    private final Set<Integer> reportedMissing = ConcurrentHashMap.newKeySet();

    /**
     * @param years       the calendar of a year, empty when there is none
     * @param zone        where the dates are (Asia/Ho_Chi_Minh), for times of day
     * @param missingYear told, once per year, that a date in a year without a calendar was asked about
     */
    WorkingDays(IntFunction<Optional<YearCalendar>> years, ZoneId zone, IntConsumer missingYear) {
        this.years = years;
        this.zone = zone;
        this.missingYear = missingYear;
    }

    boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        Optional<YearCalendar> year = years.apply(date.getYear());
        if (year.isEmpty()) {
            if (reportedMissing.add(date.getYear())) {
                missingYear.accept(date.getYear());
            }
            return isWeekday(date);
        }
        return year.get().kindOn(date).map(kind -> !kind.isDayOff()).orElseGet(() -> isWeekday(date));
    }

    /**
     * days &gt; 0: the days-th working day after {@code from}; days &lt; 0: the |days|-th working day before it;
     * days = 0: {@code from} when it is a working day, else the next working day.
     */
    LocalDate addWorkingDays(LocalDate from, int days) {
        Objects.requireNonNull(from, "from");
        LocalDate date = from;
        if (days == 0) {
            while (!isWorkingDay(date)) {
                date = date.plusDays(1);
            }
            return date;
        }
        int step = days > 0 ? 1 : -1;
        for (long remaining = Math.abs((long) days); remaining > 0; ) {
            date = date.plusDays(step);
            if (isWorkingDay(date)) {
                remaining--;
            }
        }
        return date;
    }

    /** "days working days before {@code due}, at {@code at}" (days = 0: as {@link #addWorkingDays}). */
    OffsetDateTime workingDaysBefore(LocalDate due, int days, LocalTime at) {
        return atTime(addWorkingDays(due, -days), at);
    }

    /** "days working days after {@code due}, at {@code at}" (days = 0: as {@link #addWorkingDays}). */
    OffsetDateTime workingDaysAfter(LocalDate due, int days, LocalTime at) {
        return atTime(addWorkingDays(due, days), at);
    }

    /** Working days in (from, to]; negative, the same count, when {@code to} is before {@code from}. */
    int workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }

    /** After a reload a year that is still missing is reported again. */
    void forgetReportedYears() {
        reportedMissing.clear();
    }

    private OffsetDateTime atTime(LocalDate date, LocalTime at) {
        return date.atTime(Objects.requireNonNull(at, "at")).atZone(zone).toOffsetDateTime();
    }

    private static boolean isWeekday(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }
}
