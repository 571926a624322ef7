package vn.parindex.dashboard;

import java.time.OffsetDateTime;
import java.util.List;
import vn.parindex.leaderssurvey.LeadersSurveyOverview;
import vn.parindex.review.ReviewDecision;

/**
 * The drill-down of one unit: its cells, its open tasks and every submission, return and acceptance; its leaders'
 * e-survey (null when the year does not ask the unit), with its due date and the full name of who reported last.
 */
public record UnitDetail(int year, UnitRow row, List<OpenTasks.OpenTask> openTasks, List<ReviewDecision> history,
                         String processInstanceId, LeadersSurveyOverview.UnitSurvey leadersSurvey,
                         OffsetDateTime leadersSurveyDue, String leadersSurveyReportedBy) {
}
