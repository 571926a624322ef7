package vn.parindex.consolidation.files;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the self-assessment report says, read from our tables. Texts SNV did not enter yet are null; {@code sampleNote}
 * says "Bộ tiêu chí mẫu …" when the scores come from a sample criteria set, else null.
 */
public record ReportContent(String province, int year, String summary, List<FieldLine> fields, BigDecimal overall,
                            BigDecimal overallMax, BigDecimal surveyPoints, List<ExplainedItem> withoutEvidence,
                            String difficulties, String recommendations, String draftNote, String sampleNote) {

    public record FieldLine(String code, String name, BigDecimal maxPoints, BigDecimal selfScore) {
    }

    /** An item scored without (sufficient) evidence, with the unit's explanation. */
    public record ExplainedItem(String code, String name, String unitName, String scoreText, String explanation) {
    }
}
