package vn.parindex.remediation;

import java.time.OffsetDateTime;

/** One task of a plan: a unit, what it must do, by when, and how it reports the result. */
public record RemediationTask(long id, long planId, int position, String criterionCode, String unitCode, String content,
                              String completionText, CompletionKind completionKind, OffsetDateTime dueAt,
                              String reporting, OffsetDateTime cancelledAt, String cancelledBy) {

    public boolean cancelled() {
        return cancelledAt != null;
    }
}
