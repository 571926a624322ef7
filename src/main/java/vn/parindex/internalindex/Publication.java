package vn.parindex.internalindex;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the published ranking files show: the ranking table and, per unit, its criteria through every stage and its
 * survey. {@code published} is false while the Chairman has not approved it yet (the files then say draft).
 */
public record Publication(int year, boolean published, OffsetDateTime publishedAt, String publishedBy,
                          String thresholds, String optionWeights, List<Line> ranking, List<UnitDetail> details) {

    public record Line(int rank, String unitCode, String unitName, BigDecimal selfPoints, BigDecimal appraisedPoints,
                       BigDecimal surveyPoints, BigDecimal maxPoints, BigDecimal index, String classification,
                       boolean late) {
    }

    public record UnitDetail(String unitCode, String unitName, String criteriaSetName, List<SheetRow> criteria,
                             Integer respondents, BigDecimal surveyPoints) {
    }
}
