package vn.parindex.remediation;

import java.time.OffsetDateTime;

/**
 * The time the remediation plan runs on: the process engine's clock, so that due dates, timers, late reports and
 * "not in the past" checks all agree (and tests can move them together).
 */
public interface ProcessClock {

    OffsetDateTime now();
}
