package vn.parindex.submission;

import java.time.LocalDate;
import java.time.OffsetDateTime;

public record MinistrySubmission(long cycleId, String reportNumber, LocalDate reportDate,
                                 boolean enteredInMinistrySoftware, String note, boolean onTime, String recordedBy,
                                 OffsetDateTime recordedAt) {
}
