package vn.parindex.remediation.process;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Date;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.parindex.remediation.RemediationReports;
import vn.parindex.remediation.RemediationDueDates;

/**
 * Due dates and timer dates of {@code remediation-plan}, from our tables and the working-day calendar:
 * {@code camunda:dueDate="${remediationDeadlines.reportDue(remediationTaskId)}"}. Nothing is hard-coded in the BPMN.
 */
@Component("remediationDeadlines")
@RequiredArgsConstructor
public class RemediationDeadlineExpressions {

    private final RemediationReports reports;
    private final RemediationDueDates dueDates;
    private final Clock clock;

    public Date draftDue(Long planId) {
        return date(dueDates.draftDue(planId));
    }

    public Date approvalDue(Long planId) {
        return date(dueDates.approvalDue(planId));
    }

    /** The due date of the task's current report: the month's last working day, the date, or the quarter's date. */
    public Date reportDue(Long remediationTaskId) {
        return date(reports.requireCurrentPeriod(remediationTaskId).dueAt());
    }

    public Date reviewDue(Long remediationTaskId) {
        return date(dueDates.reviewDue(remediationTaskId));
    }

    /** When the current report's task opens (a quarter's report opens some working days before it is due). */
    public Date periodOpensAt(Long remediationTaskId) {
        return date(reports.requireCurrentPeriod(remediationTaskId).opensAt());
    }

    public boolean periodOpen(Long remediationTaskId) {
        return !reports.requireCurrentPeriod(remediationTaskId).opensAt().isAfter(OffsetDateTime.now(clock));
    }

    private static Date date(OffsetDateTime instant) {
        return Date.from(instant.toInstant());
    }
}
