package vn.parindex.review;

import java.time.OffsetDateTime;
import vn.parindex.workflow.Decision;

public record ReviewDecision(long id, long cycleId, String unitCode, ReviewStep step, int round, Decision decision,
                             String comment, String decidedBy, OffsetDateTime decidedAt, String taskId) {
}
