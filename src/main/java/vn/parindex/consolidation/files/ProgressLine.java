package vn.parindex.consolidation.files;

/**
 * Where a unit stands in a phase of the cycle. Dates are already written for readers (dd/MM/yyyy HH:mm); the
 * working days late are counted on the working-day calendar.
 */
public record ProgressLine(String unitCode, String unitName, String phase, String dueText, String firstSubmittedText,
                           int submissions, String status, String acceptedText, int workingDaysLate, String note) {
}
