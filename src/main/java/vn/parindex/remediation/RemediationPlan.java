package vn.parindex.remediation;

import java.time.LocalDate;
import java.time.OffsetDateTime;

public record RemediationPlan(long id, long cycleId, Long openCycleId, String businessKey, String processInstanceId,
                              PlanStatus status, String title, LocalDate endsOn, int round, String createdBy,
                              OffsetDateTime createdAt, String savedBy, OffsetDateTime savedAt,
                              OffsetDateTime submittedAt, String approvedBy, OffsetDateTime approvedAt,
                              OffsetDateTime completedAt) {

    public static String businessKeyOf(int year) {
        return "KHKP-" + year;
    }
}
