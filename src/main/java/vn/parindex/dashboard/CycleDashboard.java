package vn.parindex.dashboard;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import vn.parindex.consolidation.FieldTotal;

/** Everything the progress dashboard of a cycle shows, computed from our tables in one pass. */
public record CycleDashboard(int year, String province, String cycleStatus, String processInstanceId,
                             OffsetDateTime planDue, OffsetDateTime unitScoreDue, OffsetDateTime generatedAt,
                             List<UnitRow> units, List<Overdue> overdue, List<FieldTotal> fields,
                             BigDecimal overallScore, BigDecimal overallMax, Map<PhaseState, Long> planCounts,
                             Map<PhaseState, Long> scoringCounts, boolean selfAssessmentOpened,
                             String criteriaSetNote) {

    public record Overdue(String unitCode, String unitName, String phase, int workingDaysLate, String state) {
    }
}
