package vn.parindex.referencedata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parindex.calendar.CalendarService;
import vn.parindex.common.TransactionMemo;
import vn.parindex.cycle.CycleService;
import vn.parindex.support.PostgresSpringTest;

/** data/years/2026.yaml writes the plan due on Saturday 28/02/2026: the loaded year uses Friday 27/02/2026. */
class YearDeadlinesOnWorkingDaysIT extends PostgresSpringTest {

    private static final LocalDate SATURDAY_IN_THE_FILE = LocalDate.of(2026, 2, 28);
    private static final LocalDate FRIDAY_BEFORE = LocalDate.of(2026, 2, 27);

    @Autowired
    ReferenceDataLoader loader;
    @Autowired
    CalendarService calendar;
    @Autowired
    CycleService cycles;
    @Autowired
    JdbcClient jdbc;

    @Test
    void thePlanDueOf2026IsTheFridayBeforeTheSaturdayInTheFile() {
        assertThat(new DataFileReader().readOne("data/years/2026.yaml", DataFiles.YearFile.class).content()
                .calendar().planDue()).isEqualTo(SATURDAY_IN_THE_FILE);

        assertThat(calendar.year(2026).orElseThrow().planDue()).isEqualTo(FRIDAY_BEFORE);
        // what the start form uses when SNV leaves the plan due empty
        assertThat(cycles.calendarDeadlines(2026).planDue()).isEqualTo(FRIDAY_BEFORE);
        // the dates already on working days stay as written
        assertThat(calendar.year(2026).orElseThrow().ministryDeadline()).isEqualTo(LocalDate.of(2027, 1, 22));
    }

    @Test
    void aYearStoredBeforeTheCheckIsStoredAgainWithTheDateUsed() {
        // as a database loaded before the check: the file's own hash and its Saturday
        String fileHash = new DataFileReader().readOne("data/years/2026.yaml", DataFiles.YearFile.class).hash();
        jdbc.sql("update assessment_year set plan_due = ?, content_hash = ? where year = 2026")
                .params(SATURDAY_IN_THE_FILE, fileHash).update();
        TransactionMemo.forgetAll();

        loader.load();

        TransactionMemo.forgetAll();
        assertThat(calendar.year(2026).orElseThrow().planDue()).isEqualTo(FRIDAY_BEFORE);
        assertThat(jdbc.sql("select content_hash from assessment_year where year = 2026").query(String.class).single())
                .isNotEqualTo(fileHash);
    }
}
