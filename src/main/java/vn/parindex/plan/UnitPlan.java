package vn.parindex.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;

public record UnitPlan(long id, long cycleId, String unitCode, int round, String planNumber, LocalDate issuedOn,
                       String summary, String documentRef, String submittedBy, OffsetDateTime submittedAt) {
}
