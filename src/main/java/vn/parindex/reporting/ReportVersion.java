package vn.parindex.reporting;

import java.time.OffsetDateTime;
import java.util.Map;

/** A version of the province's quarterly report: SNV's narrative and the .docx generated from our tables. */
public record ReportVersion(long reportId, int version, Map<QuarterlyText, String> narrative, String fileName,
                            byte[] document, String draftedBy, OffsetDateTime draftedAt) {
}
