package vn.parindex.reporting.process;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** The engine's clock (tests move it). */
final class ReportingClock {

    private ReportingClock() {
    }

    static OffsetDateTime now() {
        return ClockUtil.getCurrentTime().toInstant().atOffset(ZoneOffset.ofHours(7));
    }
}
