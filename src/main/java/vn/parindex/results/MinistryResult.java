package vn.parindex.results;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One entry of the Ministry's results for a cycle, as SNV typed or pasted it; the newest version counts. */
public record MinistryResult(long id, long cycleId, int version, String decisionRef, LocalDate publishedOn, String note,
                             String enteredBy, OffsetDateTime enteredAt) {
}
