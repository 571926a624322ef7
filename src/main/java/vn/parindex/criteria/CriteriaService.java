package vn.parindex.criteria;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.parindex.common.ReferenceCache;

/** Criteria sets and the yearly responsibility matrix (criterion → lead unit). */
@Service
@RequiredArgsConstructor
public class CriteriaService {

    private final JdbcClient jdbc;
    private final ReferenceCache cache;

    /**
     * The set's tree in order. Kept in the reference cache: a criteria set is written only by loading a data file or
     * importing a workbook (referencedata, which forgets the cache), and every score sheet submitted and every
     * sign-off shown read it again (bench/RESULTS.md, P2: one 100-row read per completion).
     */
    public List<Criterion> items(String criteriaSetCode) {
        return cache.get("criteria", criteriaSetCode, () -> jdbc.sql("""
                select code, parent_code as parentCode, depth, name, max_points as maxPoints, leaf,
                       scoring_method as scoringMethod, self_scored as selfScored, na_allowed as naAllowed, evidence, guidance
                from criterion where criteria_set_code = ? order by sort_order""")
                .param(criteriaSetCode).query(Criterion.class).list().stream().toList());
    }

    public Optional<Criterion> item(String criteriaSetCode, String code) {
        return items(criteriaSetCode).stream().filter(item -> item.code().equals(code)).findFirst();
    }

    public List<Criterion> fields(String criteriaSetCode) {
        return items(criteriaSetCode).stream().filter(Criterion::isField).toList();
    }

    /**
     * Every self-scored item of the year with its lead unit: the nearest ancestor-or-self listed in the matrix. Kept in
     * the reference cache, as the set: the matrix too is written only by loading or importing it.
     */
    public List<Assignment> assignments(int year) {
        return cache.get("assignments", year, () -> readAssignments(year));
    }

    private List<Assignment> readAssignments(int year) {
        String setCode = jdbc.sql("select criteria_set_code from assessment_year where year = ?").param(year)
                .query(String.class).single();
        Map<String, Row> matrix = new HashMap<>();
        jdbc.sql("select item_code as itemCode, lead_unit_code as leadUnitCode, cooperating_units as cooperatingUnits from responsibility where year = ?").param(year)
                .query(Row.class).list().forEach(row -> matrix.put(row.itemCode(), row));
        return items(setCode).stream()
                .filter(Criterion::isSelfScoredLeaf)
                .map(item -> assign(item, matrix))
                .toList();
    }

    public List<Assignment> assignmentsOf(int year, String unitCode) {
        return assignments(year).stream().filter(a -> a.leadUnitCode().equals(unitCode)).toList();
    }

    /** Units that lead at least one self-scored item in the year, in the order of their first item. */
    public List<String> responsibleUnits(int year) {
        return assignments(year).stream().map(Assignment::leadUnitCode).distinct().toList();
    }

    private static Assignment assign(Criterion item, Map<String, Row> matrix) {
        for (String code = item.code(); code != null; code = parentOf(code)) {
            Row row = matrix.get(code);
            if (row != null) {
                List<String> cooperating = row.cooperatingUnits().isBlank() ? List.of()
                        : Arrays.asList(row.cooperatingUnits().split(","));
                return new Assignment(item, row.leadUnitCode(), cooperating);
            }
        }
        throw new IllegalStateException("Tiêu chí " + item.code() + " chưa được giao cho đơn vị nào");
    }

    private static String parentOf(String code) {
        int dot = code.lastIndexOf('.');
        return dot < 0 ? null : code.substring(0, dot);
    }

    private record Row(String itemCode, String leadUnitCode, String cooperatingUnits) {
    }
}
