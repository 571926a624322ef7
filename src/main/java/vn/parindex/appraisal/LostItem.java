package vn.parindex.appraisal;

import java.math.BigDecimal;

/**
 * An item the Ministry appraised below the province's self-score, with what the unit gave when it self-scored
 * ({@code evidence}: its reference and the files it uploaded) and, once sent, the unit's explanation.
 */
public record LostItem(String unitCode, String code, String name, BigDecimal maxPoints, BigDecimal selfScore,
                       BigDecimal appraisedScore, String evidence, String explanation, String additionalEvidence) {

    public BigDecimal lostPoints() {
        return selfScore.subtract(appraisedScore);
    }
}
