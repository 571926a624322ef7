package vn.parindex.scoring;

import java.math.BigDecimal;

/** One assigned item on a unit's score sheet, with what the unit entered last (if anything). */
public record ScoreSheetRow(String code, String name, BigDecimal maxPoints, String guidance, String evidenceRequirement,
                            boolean naAllowed, BigDecimal score, boolean notApplicable, String evidenceRef,
                            String explanation) {
}
