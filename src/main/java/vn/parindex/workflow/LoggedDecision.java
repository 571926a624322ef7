package vn.parindex.workflow;

import java.time.OffsetDateTime;

/** One row of the decision log: who decided what on which step of which work, in which round, with what comment. */
public record LoggedDecision(long id, String workKind, long workId, Long partId, String unitCode, String step, int round,
                             String decision, String comment, String decidedBy, OffsetDateTime decidedAt,
                             String taskId) {

    public boolean isReturn() {
        return Decision.RETURN.name().equals(decision);
    }
}
