package vn.parindex.consolidation.files;

import java.time.OffsetDateTime;

/** A generated file as kept in {@code report_file}; {@code content} is null in listings. */
public record StoredReport(long id, long cycleId, ReportKind kind, int version, String fileName, String contentType,
                           int sizeBytes, String sha256, String generatedBy, OffsetDateTime generatedAt,
                           byte[] content) {
}
