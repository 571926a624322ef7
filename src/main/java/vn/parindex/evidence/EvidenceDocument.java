package vn.parindex.evidence;

import java.time.OffsetDateTime;

/** An uploaded evidence file, without its bytes; {@code taskId} is the self-scoring task it was uploaded in. */
public record EvidenceDocument(long id, long cycleId, String unitCode, String criterionCode, String fileName,
                               String contentType, long sizeBytes, String sha256, String uploadedBy,
                               OffsetDateTime uploadedAt, String taskId) {
}
