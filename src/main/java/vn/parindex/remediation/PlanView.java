package vn.parindex.remediation;

import java.time.OffsetDateTime;
import java.util.List;

/** A remediation plan as SNV and the province's leaders follow it: every task, its reports, its state. */
public record PlanView(int year, String province, RemediationPlan plan, String statusLabel, List<TaskView> tasks,
                       List<RemediationDecision> decisions, Counts counts, OffsetDateTime generatedAt) {

    /**
     * @param state           Vietnamese state of the task (its current report, or "Hoàn thành")
     * @param workingDaysLate how late the unit is with the current report (0 when not late)
     */
    public record TaskView(RemediationTask task, String itemName, String unitName, List<PeriodView> periods,
                           String state, String stateColour, boolean done, boolean overdue, int workingDaysLate,
                           ProgressReport lastReport) {
    }

    public record PeriodView(ReportPeriod period, String statusLabel, String colour, boolean overdue,
                             int workingDaysLate, List<ProgressReport> reports) {
    }

    /**
     * @param done           tasks with every report accepted
     * @param overdue        tasks whose unit is late with a report
     * @param awaitingReview tasks whose report waits for SNV
     * @param cancelled      tasks cancelled by an amendment (not in the other counts)
     */
    public record Counts(int tasks, int done, int overdue, int awaitingReview, int units, int cancelled) {
    }
}
