package vn.parindex.support;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.parindex.common.VietnameseFormat;
import vn.parindex.cycle.CycleService;
import vn.parindex.results.MinistryResultService;
import vn.parindex.results.ResultEntry;

/** Short cuts for tests of the results and the remediation plan. */
@Component
public class ResultsFixtures {

    private final JdbcClient jdbc;
    private final CycleService cycles;
    private final MinistryResultService results;

    ResultsFixtures(JdbcClient jdbc, CycleService cycles, MinistryResultService results) {
        this.jdbc = jdbc;
        this.cycles = cycles;
        this.results = results;
    }

    /** What the cycle's last task stores when SNV records the submission to the Ministry (without working the cycle). */
    public void markSubmitted(long cycleId) {
        jdbc.sql("""
                insert into ministry_submission (cycle_id, report_number, report_date, entered_in_ministry_software, note,
                                                 on_time, recorded_by, recorded_at)
                values (?, '25/BC-UBND', ?, true, null, true, 'snvdieuphoi', ?)""")
                .params(cycleId, LocalDate.of(2027, 1, 20), OffsetDateTime.now()).update();
    }

    /** The Ministry's scores of the year: every scored leaf at its maximum, except {@code scores} (code → "0,5"). */
    public ResultEntry entry(int year, Map<String, String> scores) {
        var cycle = results.assessedCycle(year);
        List<ResultEntry.Item> items = results.scoredItems(cycles.get(cycle.id())).stream()
                .map(item -> new ResultEntry.Item(item.code(), scores.getOrDefault(item.code(),
                        VietnameseFormat.points(item.maxPoints())))).toList();
        return new ResultEntry("Quyết định số 268/QĐ-BNV ngày 28/3/" + (year + 1), (year + 1) + "-03-28", null, items);
    }
}
