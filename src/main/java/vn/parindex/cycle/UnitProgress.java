package vn.parindex.cycle;

import java.time.OffsetDateTime;

public record UnitProgress(long cycleId, String unitCode, CyclePhase phase, UnitStatus status, int round,
                           OffsetDateTime updatedAt) {
}
