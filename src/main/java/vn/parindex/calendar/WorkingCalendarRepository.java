package vn.parindex.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the working calendar loaded from {@code data/working-calendar}. */
@Repository
@RequiredArgsConstructor
class WorkingCalendarRepository {

    private final JdbcClient jdbc;

    Set<Integer> years() {
        return new TreeSet<>(jdbc.sql("select year from working_calendar_year").query(Integer.class).list());
    }

    Optional<YearCalendar> year(int year) {
        if (jdbc.sql("select count(*) from working_calendar_year where year = ?").param(year).query(Integer.class).single() == 0) {
            return Optional.empty();
        }
        List<SpecialDay> days = jdbc.sql("select calendar_date, kind, name from working_calendar_day where year = ?")
                .param(year)
                .query((rs, row) -> new SpecialDay(rs.getObject("calendar_date", LocalDate.class),
                        SpecialDayKind.valueOf(rs.getString("kind")), rs.getString("name")))
                .list();
        return Optional.of(YearCalendar.of(year, days));
    }
}
