package vn.parindex.leaderssurvey;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.common.FormInput;
import vn.parindex.common.ParProperties;
import vn.parindex.common.ValidationException;
import vn.parindex.cycle.CycleService;

/**
 * The leaders' participation in the Ministry's e-survey (seed 003 item 2.b): the units whose leaders answer, by a
 * date of the year's data ("hoàn thành trước 31/12/2023"), and each unit's reports of how many of its leaders have
 * answered and who has not. The seed asks 100% of the leaders: a unit's task stays until it reports all answered.
 */
@Service
@RequiredArgsConstructor
public class LeadersSurveyService {

    /** More leaders than any provincial unit has: a typing error, not a unit. */
    private static final int MAX_LEADERS = 500;

    private final JdbcClient jdbc;
    private final CycleService cycles;
    private final ParProperties properties;
    private final ZoneId zone;
    private final Clock clock;

    /** The units the year asks, in the data's order; none when the year's data does not track the survey. */
    public List<String> units(long cycleId) {
        String listed = jdbc.sql("select leaders_survey_units from assessment_year where year = ?")
                .param(cycles.get(cycleId).year()).query(String.class).optional().orElse(null);
        return listed == null || listed.isBlank() ? List.of() : Arrays.asList(listed.split(","));
    }

    /** The year's date at the deadline time of day. */
    public OffsetDateTime due(long cycleId) {
        LocalDate date = jdbc.sql("select leaders_survey_due from assessment_year where year = ?")
                .param(cycles.get(cycleId).year()).query(LocalDate.class).optional()
                .orElseThrow(() -> new IllegalStateException("Năm đánh giá không có hạn khảo sát lãnh đạo."));
        return date.atTime(properties.deadlineTime()).atZone(zone).toOffsetDateTime();
    }

    public Optional<LeadersSurveyReport> latest(long cycleId, String unitCode) {
        return jdbc.sql("""
                select unit_code, leaders_total, leaders_answered, not_answered, reported_by, reported_at
                from leaders_survey_report where cycle_id = ? and unit_code = ? order by id desc""")
                .params(cycleId, unitCode).query(LeadersSurveyReport.class).list().stream().findFirst();
    }

    /** Every asked unit's latest report, in the data's order; units that have not reported yet are left out. */
    public List<LeadersSurveyReport> progress(long cycleId) {
        return units(cycleId).stream().map(unit -> latest(cycleId, unit)).flatMap(Optional::stream).toList();
    }

    /**
     * The cycle's survey as the dashboard shows it, in one query (the year's units and due date with every unit's
     * latest report): the dashboard counts its statements per request (bench {@code DashboardLoad}).
     */
    public LeadersSurveyOverview overview(long cycleId, int year, Function<String, String> unitNames) {
        List<Map<String, Object>> rows = jdbc.sql("""
                select y.leaders_survey_units, y.leaders_survey_due, r.unit_code, r.leaders_total, r.leaders_answered,
                       r.not_answered, r.reported_by, r.reported_at
                from assessment_year y
                left join leaders_survey_report r on r.cycle_id = ? and r.id = (select max(m.id)
                    from leaders_survey_report m where m.cycle_id = r.cycle_id and m.unit_code = r.unit_code)
                where y.year = ?""").params(cycleId, year).query((rs, n) -> {
                    Map<String, Object> row = new HashMap<>();
                    row.put("units", rs.getString("leaders_survey_units"));
                    row.put("due", rs.getObject("leaders_survey_due", LocalDate.class));
                    row.put("unit", rs.getString("unit_code"));
                    row.put("total", rs.getObject("leaders_total", Integer.class));
                    row.put("answered", rs.getObject("leaders_answered", Integer.class));
                    row.put("notAnswered", rs.getString("not_answered"));
                    row.put("by", rs.getString("reported_by"));
                    row.put("at", rs.getObject("reported_at", OffsetDateTime.class));
                    return row;
                }).list();
        String listed = rows.isEmpty() ? null : (String) rows.get(0).get("units");
        LocalDate due = rows.isEmpty() ? null : (LocalDate) rows.get(0).get("due");
        if (listed == null || listed.isBlank() || due == null) {
            return LeadersSurveyOverview.NOT_TRACKED;
        }
        Map<String, Map<String, Object>> byUnit = new HashMap<>();
        rows.stream().filter(row -> row.get("unit") != null).forEach(row -> byUnit.put((String) row.get("unit"), row));
        List<LeadersSurveyOverview.UnitSurvey> units = Arrays.stream(listed.split(",")).map(unit -> {
            Map<String, Object> report = byUnit.getOrDefault(unit, Map.of());
            String missing = (String) report.get("notAnswered");
            return new LeadersSurveyOverview.UnitSurvey(unit, unitNames.apply(unit), (Integer) report.get("total"),
                    (Integer) report.get("answered"), missing == null ? List.of() : missing.lines()
                    .map(String::strip).filter(line -> !line.isEmpty()).toList(),
                    (OffsetDateTime) report.get("at"), (String) report.get("by"));
        }).toList();
        return new LeadersSurveyOverview(due.atTime(properties.deadlineTime()).atZone(zone).toOffsetDateTime(), units);
    }

    /**
     * Records the unit's report; true when all its leaders have answered. Refused in Vietnamese, nothing stored, when
     * a count is missing or wrong, or when leaders have not answered and the report does not name them.
     */
    @Transactional
    public LeadersSurveyReport report(long cycleId, String unitCode, Object total, Object answered, Object notAnswered,
                                      String user) {
        if (!units(cycleId).contains(unitCode)) {
            throw new ValidationException("Đơn vị không thuộc danh sách khảo sát lãnh đạo của năm đánh giá.");
        }
        List<String> problems = new ArrayList<>();
        Integer leaders = count(total, "Số lãnh đạo quản lý của đơn vị", 1, MAX_LEADERS, problems);
        Integer done = count(answered, "Số lãnh đạo đã trả lời phiếu khảo sát", 0, MAX_LEADERS, problems);
        String missing = FormInput.optionalText(notAnswered, "danh sách lãnh đạo chưa trả lời", 2000, problems);
        if (leaders != null && done != null) {
            if (done > leaders) {
                problems.add("Số lãnh đạo đã trả lời (" + done + ") lớn hơn số lãnh đạo của đơn vị (" + leaders + ").");
            } else if (done < leaders && (missing == null || missing.isBlank())) {
                problems.add("Còn " + (leaders - done) + " lãnh đạo chưa trả lời phiếu khảo sát: ghi rõ họ tên, chức vụ "
                        + "của từng người.");
            }
        }
        ValidationException.throwIfAny(problems);
        String stillMissing = done.equals(leaders) || missing == null || missing.isBlank() ? null : missing.strip();
        jdbc.sql("""
                insert into leaders_survey_report (cycle_id, unit_code, leaders_total, leaders_answered, not_answered,
                    reported_by, reported_at) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(cycleId, unitCode, leaders, done, stillMissing, user, OffsetDateTime.now(clock)).update();
        return latest(cycleId, unitCode).orElseThrow();
    }

    private static Integer count(Object value, String label, int min, int max, List<String> problems) {
        String text = FormInput.text(value);
        if (text.isBlank()) {
            problems.add(label + ": chưa nhập.");
            return null;
        }
        try {
            double number = Double.parseDouble(text);
            if (number != Math.rint(number) || number < min || number > max) {
                throw new NumberFormatException();
            }
            return (int) number;
        } catch (NumberFormatException e) {
            problems.add(label + ": \"" + text + "\" không hợp lệ (số nguyên từ " + min + " đến " + max + ").");
            return null;
        }
    }
}
