package vn.parindex.reporting;

import java.time.LocalDate;

/** One quarter's dates from {@code data/reporting/<year>.yaml}. */
public record QuarterDates(int quarter, LocalDate requestOn, LocalDate unitReportDue, LocalDate reviewDue,
                           LocalDate draftDue, LocalDate approvalDue, LocalDate ministryDue) {
}
