package vn.parindex.criteria;

import java.util.List;

/** A self-scored item of a year with the unit that leads it and the units that cooperate. */
public record Assignment(Criterion item, String leadUnitCode, List<String> cooperatingUnitCodes) {
}
