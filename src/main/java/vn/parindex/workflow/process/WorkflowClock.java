package vn.parindex.workflow.process;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.parindex.common.ParProperties;

/**
 * The one clock of the application: the process engine's ({@link ClockUtil}, which equals the system time unless a
 * test moves it), in the province's zone ({@code par.time-zone}). Due dates, timers, "not in the past" checks and
 * every time we store therefore agree, and a test that moves the engine clock moves everything.
 */
public final class WorkflowClock extends Clock {

    private final ZoneId zone;

    private WorkflowClock(ZoneId zone) {
        this.zone = zone;
    }

    /** For static code that cannot have the bean injected; Spring beans take the {@link Clock} bean. */
    public static Clock inZone(ZoneId zone) {
        return new WorkflowClock(zone);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new WorkflowClock(zone);
    }

    @Override
    public Instant instant() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    @Configuration(proxyBeanMethods = false)
    static class WorkflowClockConfiguration {

        @Bean
        Clock clock(ParProperties properties) {
            return new WorkflowClock(properties.timeZone());
        }

        /** The province's zone ({@code par.time-zone}), for the beans that turn instants into dates and back. */
        @Bean
        ZoneId provinceZone(ParProperties properties) {
            return properties.timeZone();
        }
    }
}
