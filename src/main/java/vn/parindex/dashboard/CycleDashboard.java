package vn.parindex.dashboard;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import vn.parindex.consolidation.FieldTotal;
import vn.parindex.leaderssurvey.LeadersSurveyOverview;

/**
 * Everything the progress dashboard of a cycle shows, computed from our tables in one pass; {@code leadersSurvey} is
 * the leaders' e-survey of the year (not tracked: no units).
 */
public record CycleDashboard(int year, String province, String cycleStatus, String processInstanceId,
                             OffsetDateTime planDue, OffsetDateTime unitScoreDue, OffsetDateTime generatedAt,
                             List<UnitRow> units, List<Overdue> overdue, List<FieldTotal> fields,
                             BigDecimal overallScore, BigDecimal overallMax, Map<PhaseState, Long> planCounts,
                             Map<PhaseState, Long> scoringCounts, boolean selfAssessmentOpened,
                             String criteriaSetNote, LeadersSurveyOverview leadersSurvey) {

    public record Overdue(String unitCode, String unitName, String phase, int workingDaysLate, String state) {
    }
}
