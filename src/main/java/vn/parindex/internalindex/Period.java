package vn.parindex.internalindex;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One year's internal index period (kỳ xác định Chỉ số CCHC của các cơ quan, đơn vị), with its deadlines and, once the
 * Chairman approved it, the number and date of the decision that publishes it.
 */
public record Period(long id, int year, String businessKey, String status, String processInstanceId,
                     OffsetDateTime selfScoreDue, OffsetDateTime appraisalDue, OffsetDateTime explanationDue,
                     OffsetDateTime finalAppraisalDue, OffsetDateTime surveyDue, OffsetDateTime approvalDue,
                     OffsetDateTime publishedAt, String decisionNumber, LocalDate decisionDate) {
}
