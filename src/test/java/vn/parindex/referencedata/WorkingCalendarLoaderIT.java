package vn.parindex.referencedata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parindex.calendar.WorkingCalendar;
import vn.parindex.calendar.WorkingCalendarLoaded;
import vn.parindex.support.PostgresSpringTest;

class WorkingCalendarLoaderIT extends PostgresSpringTest {

    private static final LocalDate MAKE_UP_SATURDAY = LocalDate.of(2026, 1, 10);

    @Autowired
    WorkingCalendarLoader loader;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;

    @Test
    void theYears2022To2027AreLoadedAtStartAndALoadOfUnchangedFilesWritesNothing() {
        assertThat(calendar.coveredYears()).containsExactlyInAnyOrder(2022, 2023, 2024, 2025, 2026, 2027);
        assertThat(jdbc.sql("select count(*) from working_calendar_day where year = 2026").query(Integer.class).single())
                .isEqualTo(14);
        assertThat(jdbc.sql("select count(*) from working_calendar_day where assumption is not null and year = 2027")
                .query(Integer.class).single()).isPositive();
        Map<Integer, OffsetDateTime> loadedAt = loadedAt();

        assertThat(loader.loadFiles()).isEmpty();
        assertThat(loadedAt()).isEqualTo(loadedAt);
    }

    @Test
    void theBeanAnswersFromTheTablesAndIsRefreshedWhenAChangedFileIsLoaded() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 18))).isFalse();
        assertThat(calendar.isWorkingDay(MAKE_UP_SATURDAY)).isTrue();
        assertThat(calendar.workingDaysBefore(LocalDate.of(2026, 2, 23), 2, LocalTime.of(8, 0)))
                .isEqualTo(OffsetDateTime.of(2026, 2, 12, 8, 0, 0, 0, ZoneOffset.ofHours(7)));
        assertThat(calendar.covers(LocalDate.of(2027, 6, 1))).isTrue();
        assertThat(calendar.covers(LocalDate.of(2030, 6, 1))).isFalse();

        try {
            jdbc.sql("delete from working_calendar_day where calendar_date = ?").param(MAKE_UP_SATURDAY).update();
            jdbc.sql("update working_calendar_year set content_hash = 'edited' where year = 2026").update();
            events.publishEvent(new WorkingCalendarLoaded(Set.of()));
            assertThat(calendar.isWorkingDay(MAKE_UP_SATURDAY)).isFalse();
        } finally {
            assertThat(loader.loadFiles()).containsExactly(2026);
        }
        assertThat(calendar.isWorkingDay(MAKE_UP_SATURDAY)).isTrue();
        assertThat(jdbc.sql("select content_hash from working_calendar_year where year = 2026").query(String.class).single())
                .hasSize(64);
    }

    private Map<Integer, OffsetDateTime> loadedAt() {
        Map<Integer, OffsetDateTime> loadedAt = new TreeMap<>();
        jdbc.sql("select year, loaded_at from working_calendar_year").query(rs -> {
            loadedAt.put(rs.getInt("year"), rs.getObject("loaded_at", OffsetDateTime.class));
        });
        return loadedAt;
    }
}
