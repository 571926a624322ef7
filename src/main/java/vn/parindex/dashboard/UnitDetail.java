package vn.parindex.dashboard;

import java.util.List;
import vn.parindex.review.ReviewDecision;

/** The drill-down of one unit: its cells, its open tasks and every submission, return and acceptance. */
public record UnitDetail(int year, UnitRow row, List<OpenTasks.OpenTask> openTasks, List<ReviewDecision> history,
                         String processInstanceId) {
}
