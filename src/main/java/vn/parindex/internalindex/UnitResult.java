package vn.parindex.internalindex;

import java.math.BigDecimal;

/**
 * A unit's computed index: appraised + survey points as a percentage of the maximum, its rank and classification
 * within its group (unit type, with the group's name).
 */
public record UnitResult(String unitCode, String unitName, BigDecimal appraisedPoints, BigDecimal surveyPoints,
                         BigDecimal maxPoints, BigDecimal indexValue, int rankNo, String classification, boolean late,
                         String unitType, String groupName) {
}
