package vn.parindex.referencedata;

import java.time.OffsetDateTime;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.parindex.referencedata.WorkingCalendarFile.DayEntry;

/** Writes validated working-calendar years into our tables. */
@Repository
@RequiredArgsConstructor
class WorkingCalendarStore {

    private final JdbcClient jdbc;

    Optional<String> storedHash(int year) {
        return jdbc.sql("select content_hash from working_calendar_year where year = ?").param(year)
                .query(String.class).optional();
    }

    void replace(WorkingCalendarFile calendar, String hash, OffsetDateTime loadedAt) {
        int year = calendar.year();
        jdbc.sql("delete from working_calendar_day where year = ?").param(year).update();
        jdbc.sql("delete from working_calendar_year where year = ?").param(year).update();
        jdbc.sql("insert into working_calendar_year (year, source_note, content_hash, loaded_at) values (?, ?, ?, ?)")
                .params(year, calendar.source().strip(), hash, loadedAt)
                .update();
        for (DayEntry day : calendar.daysOrEmpty()) {
            String assumption = day.assumption() == null || day.assumption().isBlank() ? null : day.assumption().strip();
            jdbc.sql("""
                    insert into working_calendar_day (calendar_date, year, kind, name, assumption)
                    values (?, ?, ?, ?, ?)""")
                    .params(day.date(), year, day.kind(), day.name().strip(), assumption)
                    .update();
        }
    }
}
