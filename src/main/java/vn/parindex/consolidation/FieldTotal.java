package vn.parindex.consolidation;

import java.math.BigDecimal;

/** A field's consolidated self-score against the points that can be self-scored in it (survey items excluded). */
public record FieldTotal(String fieldCode, String fieldName, BigDecimal maxPoints, BigDecimal selfScore) {
}
