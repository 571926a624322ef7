package vn.parindex.dashboard;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The quarterly reform reports of a year at a glance: per quarter its dates, where each department stands (late or
 * not) and where the province's report stands. A quarter not opened yet has no units.
 */
public record QuarterlyDashboard(int year, String province, OffsetDateTime generatedAt, List<Quarter> quarters) {

    public record Quarter(int quarter, String label, LocalDate requestOn, OffsetDateTime unitReportDue,
                          OffsetDateTime reviewDue, OffsetDateTime draftDue, OffsetDateTime approvalDue,
                          OffsetDateTime ministryDue, boolean opened, String reportStatus, String reportDetail,
                          int reportWorkingDaysLate, List<Unit> units, Map<PhaseState, Long> counts) {
    }

    /** A department in a quarter: {@code state} is OVERDUE while it still holds its report after the due date. */
    public record Unit(String unitCode, String unitName, PhaseState state, String detail, int round,
                       int workingDaysLate, OffsetDateTime lastSubmittedAt) {

        public String label() {
            return state.label();
        }

        public String colour() {
            return state.colour();
        }
    }
}
