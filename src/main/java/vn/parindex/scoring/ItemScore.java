package vn.parindex.scoring;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

public record ItemScore(long cycleId, String criterionCode, String unitCode, int round, BigDecimal score,
                        boolean notApplicable, String evidenceRef, String explanation, String enteredBy,
                        OffsetDateTime enteredAt) {

    /** What the item adds to totals: nothing when not applicable. */
    public BigDecimal points() {
        return notApplicable || score == null ? BigDecimal.ZERO : score;
    }
}
