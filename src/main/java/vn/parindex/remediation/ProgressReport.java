package vn.parindex.remediation;

import java.time.OffsetDateTime;

public record ProgressReport(long id, long periodId, int round, Progress progress, String workDone, String evidenceRef,
                             String submittedBy, OffsetDateTime submittedAt, int workingDaysLate, String taskId) {
}
