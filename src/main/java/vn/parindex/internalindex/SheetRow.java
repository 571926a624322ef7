package vn.parindex.internalindex;

import java.math.BigDecimal;

/** A criterion of a unit's sheet with everything entered on it so far (self-score, round 1, explanation, round 2). */
public record SheetRow(String code, String name, BigDecimal maxPoints, String guidance,
                       BigDecimal selfScore, String evidenceRef, String selfNote,
                       BigDecimal round1Score, String round1Note, String explanation,
                       BigDecimal round2Score, String round2Note) {

    /** The appraised score that counts: round 2 when the council held one, else round 1. */
    public BigDecimal finalScore() {
        return round2Score != null ? round2Score : round1Score;
    }
}
