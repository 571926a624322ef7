package vn.parindex.remediation.process;

import java.time.OffsetDateTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.parindex.common.ParProperties;
import vn.parindex.remediation.ProcessClock;

/** The engine's clock (which tests move), in Vietnam's zone. */
@Component
class EngineProcessClock implements ProcessClock {

    private final java.time.ZoneId zone;

    EngineProcessClock(ParProperties properties) {
        this.zone = properties.timeZone();
    }

    @Override
    public OffsetDateTime now() {
        return ClockUtil.getCurrentTime().toInstant().atZone(zone).toOffsetDateTime();
    }
}
