package vn.parindex.internalindex;

import java.util.List;

/** One unit group's published results: its name, its thresholds as text and its units by rank within the group. */
public record ResultGroup(String unitType, String name, String thresholds, List<UnitResult> results) {
}
