package vn.parindex.focalofficials;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.common.FormInput;
import vn.parindex.common.ParProperties;
import vn.parindex.common.ValidationException;
import vn.parindex.criteria.Assignment;
import vn.parindex.criteria.CriteriaService;
import vn.parindex.criteria.Criterion;
import vn.parindex.cycle.Cycle;
import vn.parindex.cycle.CycleService;

/**
 * The year's duty of naming focal officials (seed 003, item 1.b and Phụ lục III, IV): which units are asked and by
 * when (the year's data), the fields each one names officials for (the fields of the items it leads in the year's
 * matrix, one or two officials each; one official for a unit that leads none or that the year's data names so), and what each unit named, checked and stored in {@code focal_official}.
 */
@Service
@RequiredArgsConstructor
public class FocalOfficialService {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 .]{7,18}[0-9]$");

    private final JdbcClient jdbc;
    private final CycleService cycles;
    private final CriteriaService criteria;
    private final ParProperties properties;
    private final ZoneId zone;
    private final Clock clock;

    /** The units the year asks, in the data's order; none when the year's data has no such duty. */
    public List<String> units(long cycleId) {
        String listed = jdbc.sql("select focal_official_units from assessment_year where year = ?")
                .param(cycles.get(cycleId).year()).query(String.class).optional().orElse(null);
        return listed == null || listed.isBlank() ? List.of() : Arrays.asList(listed.split(","));
    }

    /** The due date of the year's data at the deadline time of day. */
    public OffsetDateTime due(long cycleId) {
        var date = jdbc.sql("select focal_officials_due from assessment_year where year = ?")
                .param(cycles.get(cycleId).year()).query(LocalDate.class).optional()
                .orElseThrow(() -> new IllegalStateException("Năm đánh giá không có hạn cử đầu mối."));
        return date.atTime(properties.deadlineTime()).atZone(zone).toOffsetDateTime();
    }

    /** The fields the unit leads items of in the year, in criteria order; one general row when it leads none. */
    public List<FocalField> fieldsOf(long cycleId, String unitCode) {
        Cycle cycle = cycles.get(cycleId);
        Map<String, String> names = new LinkedHashMap<>();
        criteria.fields(cycle.criteriaSetCode()).forEach(field -> names.put(field.code(), field.name()));
        List<String> led = criteria.assignmentsOf(cycle.year(), unitCode).stream().map(Assignment::item)
                .map(Criterion::fieldCode).distinct().toList();
        if (led.isEmpty() || singleOfficialUnits(cycle.year()).contains(unitCode)) {
            return List.of(new FocalField(null, "Đầu mối của đơn vị", 1));
        }
        return names.keySet().stream().filter(led::contains)
                .map(code -> new FocalField(code, "Lĩnh vực " + code + ". " + names.get(code), 2)).toList();
    }

    private List<String> singleOfficialUnits(int year) {
        String listed = jdbc.sql("select focal_single_official_units from assessment_year where year = ?").param(year)
                .query(String.class).optional().orElse(null);
        return listed == null || listed.isBlank() ? List.of() : Arrays.asList(listed.split(","));
    }

    public List<FocalOfficial> of(long cycleId, String unitCode) {
        return jdbc.sql("""
                select unit_code, field_code, row_no, full_name, position, phone, email, software_account
                from focal_official where cycle_id = ? and unit_code = ? order by row_no""")
                .params(cycleId, unitCode).query(FocalOfficial.class).list();
    }

    /**
     * Checks the unit's rows (fully blank rows are skipped) and replaces what it named before. Each field has one or
     * two officials, at least one official of the unit has an account in the Ministry's software. Refused in
     * Vietnamese with nothing stored.
     */
    @Transactional
    public List<FocalOfficial> submit(long cycleId, String unitCode, List<Map<String, Object>> rows, String user) {
        if (!units(cycleId).contains(unitCode)) {
            throw new ValidationException("Đơn vị không thuộc danh sách cử đầu mối của năm đánh giá.");
        }
        List<FocalField> fields = fieldsOf(cycleId, unitCode);
        Map<String, FocalField> byCode = new LinkedHashMap<>();
        fields.forEach(field -> byCode.put(key(field.code()), field));
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        List<FocalOfficial> named = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            if (blank(row)) {
                continue;
            }
            int no = named.size() + 1;
            String where = "Đầu mối thứ " + no + ": ";
            FocalField field = byCode.get(key(FormInput.text(row.get("fieldCode"))));
            if (field == null) {
                problems.add(where + "lĩnh vực không thuộc các lĩnh vực đơn vị phụ trách.");
                continue;
            }
            List<String> rowProblems = new ArrayList<>();
            String name = FormInput.requiredText(row.get("fullName"), "họ và tên", 100, rowProblems);
            String position = FormInput.requiredText(row.get("position"), "chức vụ", 150, rowProblems);
            String phone = FormInput.requiredText(row.get("phone"), "số điện thoại", 20, rowProblems);
            String email = FormInput.requiredText(row.get("email"), "thư điện tử", 150, rowProblems);
            String account = FormInput.optionalText(row.get("softwareAccount"), "tài khoản phần mềm chấm điểm", 100,
                    rowProblems);
            if (phone != null && !PHONE.matcher(phone).matches()) {
                rowProblems.add("số điện thoại không hợp lệ.");
            }
            if (email != null && !EMAIL.matcher(email).matches()) {
                rowProblems.add("thư điện tử không hợp lệ.");
            }
            rowProblems.forEach(problem -> problems.add(where + problem));
            counts.merge(key(field.code()), 1, Integer::sum);
            named.add(new FocalOfficial(unitCode, field.code(), no, name, position, phone, email,
                    account == null || account.isBlank() ? null : account));
        }
        for (FocalField field : fields) {
            int count = counts.getOrDefault(key(field.code()), 0);
            if (count == 0) {
                problems.add(field.label() + ": chưa cử đầu mối.");
            } else if (count > field.maxOfficials()) {
                problems.add(field.label() + ": cử tối đa " + field.maxOfficials() + " công chức.");
            }
        }
        if (problems.isEmpty() && named.stream().allMatch(official -> official.softwareAccount() == null)) {
            problems.add("Chưa có tài khoản truy cập phần mềm chấm điểm của Bộ Nội vụ (Phụ lục III) cho đầu mối nào.");
        }
        ValidationException.throwIfAny(problems);
        jdbc.sql("delete from focal_official where cycle_id = ? and unit_code = ?").params(cycleId, unitCode).update();
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (FocalOfficial official : named) {
            jdbc.sql("""
                    insert into focal_official (cycle_id, unit_code, field_code, row_no, full_name, position, phone,
                                                email, software_account, recorded_by, recorded_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(cycleId, unitCode, official.fieldCode(), official.rowNo(), official.fullName(),
                            official.position(), official.phone(), official.email(), official.softwareAccount(), user,
                            now).update();
        }
        return of(cycleId, unitCode);
    }

    private static boolean blank(Map<String, Object> row) {
        return List.of("fullName", "position", "phone", "email", "softwareAccount").stream()
                .allMatch(key -> FormInput.text(row.get(key)).isBlank());
    }

    private static String key(String fieldCode) {
        return fieldCode == null || fieldCode.isBlank() ? "" : fieldCode;
    }
}
