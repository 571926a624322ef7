package vn.parindex.reporting;

import java.util.List;

/** The totals of a six-month or yearly report (Q2, Q4), with the quarters they sum. */
public record CumulativeTotals(List<Integer> quarters, ProvincialTotals totals) {
}
