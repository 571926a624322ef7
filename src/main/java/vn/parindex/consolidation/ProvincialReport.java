package vn.parindex.consolidation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

public record ProvincialReport(long id, long cycleId, int version, String summary, String difficulties,
                               String recommendations, BigDecimal totalSelfScore, String preparedBy,
                               OffsetDateTime preparedAt) {
}
