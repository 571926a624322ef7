package vn.parindex.results;

import java.math.BigDecimal;
import java.util.List;

/**
 * The year's results against the province's self-assessment: per item (self vs appraised, or the survey score vs
 * its maximum), per field and per lead unit, with the earlier years that have results (units followed across mergers
 * through their predecessors). An item lost points when the Ministry appraised it below the self-score, or, for a
 * survey item, below its maximum.
 */
public record ResultsAnalysis(int year, String province, long cycleId, String criteriaSetCode, MinistryResult result,
                              Totals totals, List<FieldRow> fields, List<ItemRow> items, List<UnitRow> units,
                              List<Integer> previousYears) {

    public List<ItemRow> lostItems() {
        return items.stream().filter(ItemRow::lost).toList();
    }

    /**
     * @param selfMax        what the self-scored items are worth
     * @param selfScore      the province's self-score of them
     * @param appraisedScore the Ministry's appraisal of them
     * @param surveyMax      what the survey items are worth
     * @param surveyScore    the survey's score
     * @param total          appraised + survey: the province's index
     * @param lostPoints     points lost on the items that lost points
     */
    public record Totals(BigDecimal selfMax, BigDecimal selfScore, BigDecimal appraisedScore, BigDecimal surveyMax,
                         BigDecimal surveyScore, BigDecimal total, BigDecimal max, BigDecimal lostPoints, int lostItems) {
    }

    public record FieldRow(String code, String name, BigDecimal selfMax, BigDecimal selfScore, BigDecimal appraisedScore,
                           BigDecimal surveyMax, BigDecimal surveyScore, BigDecimal total, BigDecimal max,
                           BigDecimal lostPoints, int lostItems, List<YearTotal> previous) {
    }

    /** A field's or a unit's result in an earlier year. */
    public record YearTotal(int year, BigDecimal total, BigDecimal max, BigDecimal lostPoints, List<String> units) {
    }

    /**
     * @param selfScore      null for survey items (never self-scored) and items nobody scored
     * @param difference     appraised − self for self-scored items, score − max for survey items
     * @param lostPoints     what the item lost (≥ 0)
     * @param previous       the item's score in earlier years, with the unit that led it then
     */
    public record ItemRow(String code, String name, String fieldCode, BigDecimal maxPoints, boolean survey,
                          String leadUnit, String leadUnitName, BigDecimal selfScore, boolean notApplicable,
                          BigDecimal appraisedScore, BigDecimal difference, BigDecimal lostPoints, boolean lost,
                          List<PreviousItem> previous) {
    }

    public record PreviousItem(int year, BigDecimal score, BigDecimal maxPoints, String leadUnit) {
    }

    /**
     * A lead unit's items this year, and in earlier years the items of its lineage (itself and the units it absorbed).
     */
    public record UnitRow(String unitCode, String unitName, List<String> lineage, int items, BigDecimal maxPoints,
                          BigDecimal selfScore, BigDecimal score, BigDecimal lostPoints, int lostItems,
                          List<YearTotal> previous) {
    }
}
