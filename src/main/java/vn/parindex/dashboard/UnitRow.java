package vn.parindex.dashboard;

import java.math.BigDecimal;

/** A unit's row of the matrix; a phase the unit takes no part in is null. */
public record UnitRow(String unitCode, String unitName, PhaseCell plan, PhaseCell scoring, BigDecimal selfScore,
                      BigDecimal maxPoints) {
}
