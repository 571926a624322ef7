package vn.parindex.cycle;

import java.time.OffsetDateTime;

public record Cycle(long id, int year, String businessKey, String processInstanceId, CycleStatus status,
                    String criteriaSetCode, OffsetDateTime planDue, OffsetDateTime selfAssessmentOpens,
                    OffsetDateTime unitScoreDue, OffsetDateTime reportToChairmanDue,
                    OffsetDateTime chairmanApprovalDue, OffsetDateTime ministryDeadline, String openedBy,
                    OffsetDateTime openedAt, OffsetDateTime selfAssessmentOpenedAt, OffsetDateTime closedAt,
                    String noticePolicyCode) {

    /** What {@link vn.parindex.common.TransactionMemo} calls a cycle; the repository's writes forget it. */
    public static final String MEMO = "cycle";

    public OffsetDateTime deadline(DeadlineKind kind) {
        return switch (kind) {
            case PLAN_DUE -> planDue;
            case SELF_ASSESSMENT_OPENS -> selfAssessmentOpens;
            case UNIT_SCORE_DUE -> unitScoreDue;
            case REPORT_TO_CHAIRMAN_DUE -> reportToChairmanDue;
            case CHAIRMAN_APPROVAL_DUE -> chairmanApprovalDue;
            case MINISTRY_DEADLINE -> ministryDeadline;
        };
    }

    public DeadlineDates dates(java.time.ZoneId zone) {
        return new DeadlineDates(day(planDue, zone), day(selfAssessmentOpens, zone), day(unitScoreDue, zone),
                day(reportToChairmanDue, zone), day(chairmanApprovalDue, zone), day(ministryDeadline, zone));
    }

    private static java.time.LocalDate day(OffsetDateTime instant, java.time.ZoneId zone) {
        return instant.atZoneSameInstant(zone).toLocalDate();
    }

    public static String businessKeyOf(int year) {
        return "PAR-" + year;
    }
}
