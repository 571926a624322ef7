package vn.parindex.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** A clock the test moves. */
    static final class TestClock extends Clock {
        long millis = Instant.parse("2026-12-01T00:00:00Z").toEpochMilli();

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }
    }

    @Test
    void aPairWaitsLongerWithEveryFailureBeyondTheFreeOnesAndOthersDoNot() {
        TestClock clock = new TestClock();
        LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(15), clock);
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.failed("10.0.0.1", "stp")).isZero();
            assertThat(throttle.waitBefore("10.0.0.1", "stp")).isZero();
        }
        assertThat(throttle.failed("10.0.0.1", "stp")).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.waitBefore("10.0.0.1", "stp")).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.waitBefore("10.0.0.2", "stp")).as("another address").isZero();
        assertThat(throttle.waitBefore("10.0.0.1", "stc")).as("another account").isZero();
        clock.millis += 1000;
        assertThat(throttle.waitBefore("10.0.0.1", "stp")).isZero();
        assertThat(throttle.failed("10.0.0.1", "stp")).isEqualTo(Duration.ofSeconds(2));
        assertThat(throttle.failed("10.0.0.1", "stp")).isEqualTo(Duration.ofSeconds(4));
        for (int i = 0; i < 20; i++) {
            throttle.failed("10.0.0.1", "stp");
        }
        assertThat(throttle.waitBefore("10.0.0.1", "stp")).isEqualTo(Duration.ofMinutes(15));
        throttle.succeeded("10.0.0.1", "stp");
        assertThat(throttle.waitBefore("10.0.0.1", "stp")).isZero();
    }

    @Test
    void userNamesAreLoggedSafely() {
        assertThat(LoginThrottle.printable("a\nb\r\u0007c")).isEqualTo("a?b??c");
        assertThat(LoginThrottle.printable("x".repeat(100))).hasSize(65);
    }
}
