package vn.parindex.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.parindex.calendar.SpecialDayKind.COMPENSATORY_DAY_OFF;
import static vn.parindex.calendar.SpecialDayKind.HOLIDAY;
import static vn.parindex.calendar.SpecialDayKind.MAKE_UP_WORKING_DAY;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.parindex.calendar.DeadlinesOnWorkingDays.Moved;

/** Deadlines in data put on working days, against part of the 2026 calendar as announced. */
class DeadlinesOnWorkingDaysTest {

    private final WorkingDays calendar = new WorkingDays(year -> year != 2026 ? Optional.empty() : Optional.of(YearCalendar.of(2026, List.of(
            new SpecialDay(LocalDate.of(2026, 1, 1), HOLIDAY, "Tết Dương lịch"),
            new SpecialDay(LocalDate.of(2026, 1, 2), COMPENSATORY_DAY_OFF, "Nghỉ hoán đổi dịp Tết Dương lịch"),
            new SpecialDay(LocalDate.of(2026, 1, 10), MAKE_UP_WORKING_DAY, "Làm bù cho thứ Sáu 02/01/2026"),
            new SpecialDay(LocalDate.of(2026, 2, 16), HOLIDAY, "Tết Nguyên đán"),
            new SpecialDay(LocalDate.of(2026, 2, 17), HOLIDAY, "Tết Nguyên đán"),
            new SpecialDay(LocalDate.of(2026, 2, 18), HOLIDAY, "Tết Nguyên đán"),
            new SpecialDay(LocalDate.of(2026, 2, 19), HOLIDAY, "Tết Nguyên đán"),
            new SpecialDay(LocalDate.of(2026, 2, 20), HOLIDAY, "Tết Nguyên đán")))),
            ZoneId.of("Asia/Ho_Chi_Minh"), year -> { });

    @Test
    void aSaturdayMovesToTheFridayBefore() {
        var checked = check(Map.of("planDue", date("2026-02-28")), List.of());

        assertThat(checked.used()).containsEntry("planDue", date("2026-02-27"));
        assertThat(checked.moved()).containsExactly(new Moved("planDue", date("2026-02-28"), date("2026-02-27")));
        assertThat(checked.keptDeliberately()).isEmpty();
    }

    @Test
    void aHolidayMovesToTheWorkingDayBeforeTheWholeBreak() {
        // Friday 20/02 is the last Tết day; 16–19/02 are Tết, 14–15/02 a weekend: Friday 13/02 is the day before.
        // Friday 02/01 is off (swapped for Saturday 10/01) after the New Year holiday: Wednesday 31/12/2025.
        var checked = check(Map.of("unitReportDue", date("2026-02-20"), "requestOn", date("2026-01-02")), List.of());

        assertThat(checked.used()).containsEntry("unitReportDue", date("2026-02-13"))
                .containsEntry("requestOn", date("2025-12-31"));
        assertThat(checked.moved()).hasSize(2);
    }

    @Test
    void aDeliberateDayOffIsKeptAndWorkingDaysAreLeftAlone() {
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        dates.put("planDue", date("2026-02-28"));
        dates.put("ministryDeadline", date("2026-01-10")); // a make-up Saturday is a working day
        dates.put("unitScoreDue", date("2026-03-02"));
        var checked = check(dates, List.of("planDue"));

        assertThat(checked.used()).containsExactlyEntriesOf(dates);
        assertThat(checked.moved()).isEmpty();
        assertThat(checked.keptDeliberately()).containsExactly("planDue");
    }

    private DeadlinesOnWorkingDays.Checked check(Map<String, LocalDate> dates, List<String> deliberate) {
        return DeadlinesOnWorkingDays.check(dates, deliberate, calendar::isWorkingDay);
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
