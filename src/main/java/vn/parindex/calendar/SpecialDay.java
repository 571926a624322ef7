package vn.parindex.calendar;

import java.time.LocalDate;

/** A holiday, day off or make-up working day, with its Vietnamese name. */
record SpecialDay(LocalDate date, SpecialDayKind kind, String name) {
}
