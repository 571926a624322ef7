package vn.parindex.appraisal;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The stage of a cycle after its report went to the Ministry (our table {@code cycle_appraisal}): its due dates and
 * what Sở Nội vụ recorded at each step. Null fields are steps not reached yet.
 */
public record AppraisalStage(long cycleId, OffsetDateTime appraisalDue, OffsetDateTime explanationDue,
                             OffsetDateTime resultsDue, Long appraisalResultId, String appraisalNoticeRef,
                             LocalDate appraisalReceivedOn, String appraisalRecordedBy, OffsetDateTime appraisalRecordedAt,
                             String explanationSummary, String explanationRequests, int explanationRound,
                             String explanationNumber, LocalDate explanationDate, String explanationSentBy,
                             OffsetDateTime explanationSentAt, Boolean explanationOnTime, Long publishedResultId,
                             String publishedRecordedBy, OffsetDateTime publishedRecordedAt) {
}
