package vn.parindex.internalindex;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the published ranking files show: the ranking table and, per unit, its criteria through every stage and its
 * survey, one ranking table per unit group. {@code published} is false while the Chairman has not approved it yet
 * (the files then say draft); the decision's number and date are recorded at the Chairman's approval.
 */
public record Publication(int year, boolean published, OffsetDateTime publishedAt, String publishedBy,
                          String thresholds, String optionWeights, List<Line> ranking, List<UnitDetail> details,
                          List<Group> groups, String decisionNumber, LocalDate decisionDate) {

    /** One unit group's table: ranked and classified within the group, by the group's thresholds. */
    public record Group(String unitType, String name, String thresholds, List<Line> ranking) {
    }

    public record Line(int rank, String unitCode, String unitName, BigDecimal selfPoints, BigDecimal appraisedPoints,
                       BigDecimal surveyPoints, BigDecimal maxPoints, BigDecimal index, String classification,
                       boolean late) {
    }

    public record UnitDetail(String unitCode, String unitName, String criteriaSetName, List<SheetRow> criteria,
                             Integer respondents, BigDecimal surveyPoints) {
    }
}
