package vn.parindex.remediation;

import java.time.OffsetDateTime;

/** A remediation task's report due date as {@link RemediationPlanService#extendDeadline} moved it. */
public record DeadlineExtension(RemediationPlan plan, long taskId, long periodId, OffsetDateTime oldValue,
                                OffsetDateTime newValue, String reason) {
}
