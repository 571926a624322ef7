package vn.parindex.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Puts the deadlines of a data file on working days: a date that is not a working day moves to the previous working
 * day (a deadline on a Saturday is met by the Friday before), unless the data marks it as deliberate.
 */
public final class DeadlinesOnWorkingDays {

    /** A working calendar never has a month off; a longer search means the calendar data is wrong. */
    private static final int MAX_DAYS_BACK = 31;

    private DeadlinesOnWorkingDays() {
    }

    /** A deadline moved from a day off to the working day before it. */
    public record Moved(String key, LocalDate planned, LocalDate used) {
    }

    /**
     * @param used            every deadline as it is to be used, in the given order
     * @param moved           the deadlines that were moved
     * @param keptDeliberately the deadlines on days off that the data marks as deliberate
     */
    public record Checked(Map<String, LocalDate> used, List<Moved> moved, List<String> keptDeliberately) {
    }

    /**
     * @param deadlines    the dates by their key in the data file (iteration order is kept)
     * @param deliberate   the keys the data marks as deliberately on their date, day off or not
     * @param isWorkingDay the working calendar
     */
    public static Checked check(Map<String, LocalDate> deadlines, Collection<String> deliberate,
                                Predicate<LocalDate> isWorkingDay) {
        Set<String> keep = Set.copyOf(deliberate);
        Map<String, LocalDate> used = new LinkedHashMap<>();
        List<Moved> moved = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        deadlines.forEach((key, date) -> {
            Objects.requireNonNull(date, key);
            if (isWorkingDay.test(date)) {
                used.put(key, date);
            } else if (keep.contains(key)) {
                used.put(key, date);
                kept.add(key);
            } else {
                LocalDate previous = previousWorkingDay(date, isWorkingDay);
                used.put(key, previous);
                moved.add(new Moved(key, date, previous));
            }
        });
        return new Checked(used, List.copyOf(moved), List.copyOf(kept));
    }

    private static LocalDate previousWorkingDay(LocalDate date, Predicate<LocalDate> isWorkingDay) {
        LocalDate day = date.minusDays(1);
        for (int back = 1; !isWorkingDay.test(day); back++, day = day.minusDays(1)) {
            if (back >= MAX_DAYS_BACK) {
                throw new IllegalStateException("Không tìm thấy ngày làm việc nào trong " + MAX_DAYS_BACK
                        + " ngày trước " + date + ": kiểm tra lại lịch ngày làm việc (data/working-calendar).");
            }
        }
        return day;
    }
}
