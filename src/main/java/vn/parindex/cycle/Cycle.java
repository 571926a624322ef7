package vn.parindex.cycle;

import java.time.OffsetDateTime;

public record Cycle(long id, int year, String businessKey, String processInstanceId, CycleStatus status,
                    String criteriaSetCode, OffsetDateTime planDue, OffsetDateTime selfAssessmentOpens,
                    OffsetDateTime unitScoreDue, OffsetDateTime reportToChairmanDue,
                    OffsetDateTime chairmanApprovalDue, OffsetDateTime ministryDeadline, String openedBy,
                    OffsetDateTime openedAt, OffsetDateTime selfAssessmentOpenedAt, OffsetDateTime closedAt) {

    public static String businessKeyOf(int year) {
        return "PAR-" + year;
    }
}
