package vn.parindex.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The special days of one calendar year; every other date is a working day from Monday to Friday. */
record YearCalendar(int year, Map<LocalDate, SpecialDay> days) {

    YearCalendar {
        days = Map.copyOf(days);
    }

    static YearCalendar of(int year, Collection<SpecialDay> days) {
        return new YearCalendar(year, days.stream().collect(Collectors.toMap(SpecialDay::date, Function.identity())));
    }

    Optional<SpecialDayKind> kindOn(LocalDate date) {
        return Optional.ofNullable(days.get(date)).map(SpecialDay::kind);
    }
}
