package vn.parindex.referencedata;

import java.time.LocalDate;
import java.util.List;

/**
 * The shape of {@code data/working-calendar/<year>.yaml}: the year's public holidays, days off and make-up working
 * days, where they come from, and which of them are assumptions. Unknown keys are rejected when read.
 */
record WorkingCalendarFile(Integer year, String source, List<DayEntry> days) {

    List<DayEntry> daysOrEmpty() {
        return days == null ? List.of() : days;
    }

    /** {@code assumption} says why a day is listed without an announcement behind it; empty when announced. */
    record DayEntry(LocalDate date, String kind, String name, String assumption) {
    }
}
