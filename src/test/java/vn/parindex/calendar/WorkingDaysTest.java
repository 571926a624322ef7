package vn.parindex.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.parindex.calendar.SpecialDayKind.COMPENSATORY_DAY_OFF;
import static vn.parindex.calendar.SpecialDayKind.HOLIDAY;
import static vn.parindex.calendar.SpecialDayKind.MAKE_UP_WORKING_DAY;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The arithmetic on in-memory years: 2025 (New Year only) and 2026 as announced; 2030 has no data. */
class WorkingDaysTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final List<Integer> missingYears = new ArrayList<>();
    private final WorkingDays calendar = new WorkingDays(
            year -> Optional.ofNullable(Map.of(2025, year2025(), 2026, year2026()).get(year)), VIETNAM, missingYears::add);

    @Test
    void twoWorkingDaysBeforeTheMondayAfterTet2026IsTheThursdayBeforeTheHoliday() {
        assertThat(calendar.workingDaysBefore(date("2026-02-23"), 2, LocalTime.of(8, 0)))
                .isEqualTo(OffsetDateTime.of(2026, 2, 12, 8, 0, 0, 0, ZoneOffset.ofHours(7)));
        assertThat(calendar.addWorkingDays(date("2026-02-13"), 1)).isEqualTo(date("2026-02-23"));
    }

    @Test
    void tetDaysAreHolidaysAndTheWeekendsAroundThemAreOff() {
        for (LocalDate day = date("2026-02-14"); !day.isAfter(date("2026-02-22")); day = day.plusDays(1)) {
            assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse();
        }
        assertThat(calendar.isWorkingDay(date("2026-02-13"))).isTrue();
        assertThat(calendar.isWorkingDay(date("2026-02-23"))).isTrue();
    }

    @Test
    void aCompensatoryDayOffIsNotAWorkingDay() {
        assertThat(calendar.isWorkingDay(date("2026-04-27"))).isFalse();
        assertThat(calendar.addWorkingDays(date("2026-04-24"), 1)).isEqualTo(date("2026-04-28"));
        assertThat(calendar.workingDaysAfter(date("2026-04-24"), 5, LocalTime.of(17, 0)))
                .isEqualTo(OffsetDateTime.of(2026, 5, 6, 17, 0, 0, 0, ZoneOffset.ofHours(7)));
    }

    @Test
    void aMakeUpSaturdayIsAWorkingDay() {
        assertThat(calendar.isWorkingDay(date("2026-01-10"))).isTrue();
        assertThat(calendar.isWorkingDay(date("2026-01-17"))).isFalse();
        assertThat(calendar.addWorkingDays(date("2026-01-09"), 1)).isEqualTo(date("2026-01-10"));
        assertThat(calendar.workingDaysBetween(date("2026-01-09"), date("2026-01-12"))).isEqualTo(2);
    }

    @Test
    void countsAcrossTheYearBoundaryBothWays() {
        assertThat(calendar.addWorkingDays(date("2025-12-31"), 1)).isEqualTo(date("2026-01-05"));
        assertThat(calendar.addWorkingDays(date("2026-01-05"), -1)).isEqualTo(date("2025-12-31"));
        assertThat(calendar.addWorkingDays(date("2026-01-05"), -3)).isEqualTo(date("2025-12-29"));
        assertThat(calendar.workingDaysBetween(date("2025-12-30"), date("2026-01-06"))).isEqualTo(3);
        assertThat(missingYears).isEmpty();
    }

    @Test
    void zeroDaysFromAHolidayIsTheNextWorkingDayAndFromAWorkingDayItself() {
        assertThat(calendar.addWorkingDays(date("2026-02-17"), 0)).isEqualTo(date("2026-02-23"));
        assertThat(calendar.addWorkingDays(date("2026-01-01"), 0)).isEqualTo(date("2026-01-05"));
        assertThat(calendar.addWorkingDays(date("2026-02-12"), 0)).isEqualTo(date("2026-02-12"));
        assertThat(calendar.addWorkingDays(date("2026-01-10"), 0)).isEqualTo(date("2026-01-10"));
        assertThat(calendar.workingDaysBefore(date("2026-02-17"), 0, LocalTime.of(17, 0)).toLocalDate())
                .isEqualTo(date("2026-02-23"));
    }

    @Test
    void workingDaysBetweenIsNegativeWhenTheEndIsBefore() {
        // due on Friday 13/02 and done on Tuesday 24/02, after Tết: two working days late
        assertThat(calendar.workingDaysBetween(date("2026-02-13"), date("2026-02-24"))).isEqualTo(2);
        assertThat(calendar.workingDaysBetween(date("2026-02-24"), date("2026-02-13"))).isEqualTo(-2);
        assertThat(calendar.workingDaysBetween(date("2026-02-13"), date("2026-02-13"))).isZero();
        assertThat(calendar.workingDaysBetween(date("2026-02-13"), date("2026-02-22"))).isZero();
        assertThat(calendar.workingDaysBetween(date("2026-03-02"), date("2026-03-09"))).isEqualTo(5);
    }

    @Test
    void aYearWithoutDataCountsWeekendsOnlyAndIsReportedOnce() {
        assertThat(calendar.isWorkingDay(date("2030-01-01"))).isTrue();
        assertThat(calendar.isWorkingDay(date("2030-01-05"))).isFalse();
        assertThat(calendar.addWorkingDays(date("2030-01-04"), 1)).isEqualTo(date("2030-01-07"));
        assertThat(missingYears).containsExactly(2030);

        calendar.forgetReportedYears();
        calendar.isWorkingDay(date("2030-02-01"));
        assertThat(missingYears).containsExactly(2030, 2030);
    }

    private static YearCalendar year2025() {
        return YearCalendar.of(2025, List.of(new SpecialDay(date("2025-01-01"), HOLIDAY, "Tết Dương lịch")));
    }

    private static YearCalendar year2026() {
        List<SpecialDay> days = new ArrayList<>(List.of(
                new SpecialDay(date("2026-01-01"), HOLIDAY, "Tết Dương lịch"),
                new SpecialDay(date("2026-01-02"), COMPENSATORY_DAY_OFF, "Nghỉ hoán đổi"),
                new SpecialDay(date("2026-01-10"), MAKE_UP_WORKING_DAY, "Làm bù"),
                new SpecialDay(date("2026-04-26"), HOLIDAY, "Giỗ Tổ Hùng Vương"),
                new SpecialDay(date("2026-04-27"), COMPENSATORY_DAY_OFF, "Nghỉ bù Giỗ Tổ Hùng Vương"),
                new SpecialDay(date("2026-04-30"), HOLIDAY, "Ngày Chiến thắng"),
                new SpecialDay(date("2026-05-01"), HOLIDAY, "Ngày Quốc tế Lao động")));
        for (int day = 16; day <= 20; day++) {
            days.add(new SpecialDay(LocalDate.of(2026, 2, day), HOLIDAY, "Tết Nguyên đán"));
        }
        return YearCalendar.of(2026, days);
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
