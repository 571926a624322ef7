package vn.parindex.referencedata;

import java.math.BigDecimal;
import java.util.List;

/**
 * A criteria set as one official table: the set's header and its criteria in tree order (fields, criteria,
 * sub-criteria). Leaf-only attributes are null on parents.
 */
public record CriteriaTable(String code, String name, String decision, boolean sample, String sampleNote,
                            BigDecimal totalPoints, BigDecimal surveyPoints, boolean parentsSumChildren,
                            List<Row> rows) {

    public record Row(String code, String name, BigDecimal maxPoints, String scoringMethod, Boolean selfScored,
                      Boolean naAllowed, String evidence, String guidance) {
    }
}
