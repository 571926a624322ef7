package vn.parindex.referencedata;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.common.ValidationException;
import vn.parindex.criteria.CriteriaRules;
import vn.parindex.criteria.CriteriaService;
import vn.parindex.criteria.Criterion;
import vn.parindex.referencedata.DataFiles.CriteriaSetFile;
import vn.parindex.referencedata.DataFiles.ItemEntry;
import vn.parindex.referencedata.DataFiles.MatrixEntry;

/**
 * The criteria sets and responsibility matrices as whole official tables: read one to hand it out, replace one
 * that a province loaded (already validated by the caller). Data a cycle has used is never replaced.
 */
@Service
@RequiredArgsConstructor
public class OfficialTables {

    private final JdbcClient jdbc;
    private final ReferenceDataStore store;
    private final CriteriaService criteria;
    private final Clock clock;

    public Optional<CriteriaTable> criteriaSet(String code) {
        return jdbc.sql("""
                select code, name, decision, sample, sample_note, total_points, survey_points, parents_sum_children
                from criteria_set where code = ?""").param(code)
                .query((rs, n) -> new CriteriaTable(rs.getString("code"), rs.getString("name"), rs.getString("decision"),
                        rs.getBoolean("sample"), rs.getString("sample_note"), rs.getBigDecimal("total_points"),
                        rs.getBigDecimal("survey_points"), rs.getBoolean("parents_sum_children"),
                        criteria.items(code).stream().map(OfficialTables::row).toList()))
                .optional();
    }

    /** Years whose data names the set: their matrices point into it. */
    public List<Integer> yearsUsing(String criteriaSetCode) {
        return jdbc.sql("select year from assessment_year where criteria_set_code = ? order by year")
                .param(criteriaSetCode).query(Integer.class).list();
    }

    @Transactional
    public void replaceCriteriaSet(CriteriaTable table, String fileName, String sha256, String user) {
        if (store.criteriaSetInUse(table.code())) {
            throw new ValidationException("Bộ tiêu chí " + table.code() + " đã được dùng trong kỳ đánh giá nên không "
                    + "được ghi đè. Hãy nạp với mã mới (ví dụ " + table.code() + "-b).");
        }
        List<Integer> years = yearsUsing(table.code());
        if (!years.isEmpty()) {
            throw new ValidationException("Bộ tiêu chí " + table.code() + " đang là bộ tiêu chí của năm "
                    + years.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("")
                    + " nên không được ghi đè. Hãy nạp với mã mới rồi gán cho năm bằng bảng phân công trách nhiệm.");
        }
        store.replaceCriteriaSet(tree(table), sha256);
        jdbc.sql("update criteria_set set parents_sum_children = ? where code = ?")
                .params(table.parentsSumChildren(), table.code()).update();
        store.logImport("CRITERIA_SET", table.code(), fileName, sha256, table.rows().size(), user,
                OffsetDateTime.now(clock));
    }

    public Optional<MatrixTable> matrix(int year) {
        return jdbc.sql("select criteria_set_code from assessment_year where year = ?").param(year)
                .query(String.class).optional()
                .map(setCode -> new MatrixTable(year, setCode, jdbc.sql("""
                        select item_code, lead_unit_code, cooperating_units from responsibility where year = ?""")
                        .param(year)
                        .query((rs, n) -> new MatrixTable.Row(rs.getString(1), rs.getString(2),
                                rs.getString(3).isBlank() ? List.of() : Arrays.asList(rs.getString(3).split(","))))
                        .list().stream().sorted((a, b) -> compareCodes(a.itemCode(), b.itemCode())).toList()));
    }

    /** Replaces the year's matrix (and the criteria set it points into) when no cycle of the year exists. */
    @Transactional
    public void replaceMatrix(MatrixTable table, String fileName, String sha256, String user) {
        if (store.yearInUse(table.year())) {
            throw new ValidationException("Năm " + table.year() + " đã có kỳ đánh giá đang mở hoặc đã dùng bảng phân công "
                    + "hiện tại; không thể thay bảng phân công trách nhiệm của năm này.");
        }
        store.replaceMatrix(table.year(), table.criteriaSetCode(), table.rows().stream()
                .map(row -> new MatrixEntry(row.itemCode(), row.leadUnitCode(), row.cooperatingUnitCodes())).toList());
        store.logImport("RESPONSIBILITY_MATRIX", String.valueOf(table.year()), fileName, sha256, table.rows().size(), user,
                OffsetDateTime.now(clock));
    }

    /** 1.2 before 1.10, fields in number order. */
    public static int compareCodes(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int order = Integer.compare(Integer.parseInt(left[i]), Integer.parseInt(right[i]));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.length, right.length);
    }

    private static CriteriaTable.Row row(Criterion item) {
        return new CriteriaTable.Row(item.code(), item.name(), item.maxPoints(),
                item.scoringMethod() == null ? null : item.scoringMethod().name(), item.selfScored(), item.naAllowed(),
                item.evidence(), item.guidance());
    }

    private static CriteriaSetFile tree(CriteriaTable table) {
        Map<String, List<CriteriaTable.Row>> byParent = new LinkedHashMap<>();
        for (CriteriaTable.Row row : table.rows()) {
            byParent.computeIfAbsent(parentKey(row.code()), key -> new ArrayList<>()).add(row);
        }
        return new CriteriaSetFile(table.code(), table.name(), table.decision(), table.sample(), table.sampleNote(),
                table.totalPoints(), table.surveyPoints(), entries("", byParent));
    }

    private static List<ItemEntry> entries(String parent, Map<String, List<CriteriaTable.Row>> byParent) {
        return byParent.getOrDefault(parent, List.of()).stream().map(row -> {
            List<ItemEntry> children = entries(row.code(), byParent);
            return new ItemEntry(row.code(), row.name(), row.maxPoints(), children.isEmpty() ? null : children,
                    row.scoringMethod(), row.selfScored(), row.naAllowed(), row.evidence(), row.guidance());
        }).toList();
    }

    private static String parentKey(String code) {
        String parent = CriteriaRules.parentOf(code);
        return parent == null ? "" : parent;
    }
}
