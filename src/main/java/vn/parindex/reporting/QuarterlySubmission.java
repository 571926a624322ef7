package vn.parindex.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The approved report as sent to the Ministry of Home Affairs. */
public record QuarterlySubmission(long reportId, String documentNumber, LocalDate sentOn, int version, String note,
                                  String recordedBy, OffsetDateTime recordedAt) {
}
