package vn.parindex.consolidation.files;

import java.math.BigDecimal;

/** A line of the scoring table: a field (with its subtotal), a criterion, a scored item, or the overall total. */
public record AppendixLine(Kind kind, String code, String name, BigDecimal maxPoints, BigDecimal selfScore,
                           boolean notApplicable, String evidence, String explanation, String responsible,
                           String status) {

    public enum Kind {
        FIELD, CRITERION, ITEM, TOTAL
    }
}
