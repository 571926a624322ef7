package vn.parindex.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Failed logins are held back per client address and account, not by locking the account for everybody. Camunda's
 * own lock-out (the user's failed attempts in the database, {@code loginDelayBase} etc.) let anyone lock any account
 * with a few wrong passwords, after which the right password was refused everywhere for a minute; it is switched off
 * in application.yaml ({@code login-delay-base: 0}, {@code login-max-attempts} at its maximum). Here the first
 * {@code free} failures of an address and account pair cost nothing (typing errors); every further failure makes that
 * pair wait, 1 s, 2 s, 4 s … up to {@code max-delay}, during which its logins are answered 429 without the password
 * being checked. A login that succeeds clears the pair. The same account from another address is not affected. Every
 * failure is logged with the address, and so is every hold. The counts live in this node's memory (a restart or
 * another node starts afresh), bounded by {@link #MAX_ENTRIES}.
 */
@Component
public class LoginThrottle {

    static final int MAX_ENTRIES = 100_000;
    private static final Duration IDLE = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);

    private final int free;
    private final Duration maxDelay;
    private final Clock clock;
    private final Map<String, Failures> byAddressAndUser = new ConcurrentHashMap<>();

    @Autowired
    LoginThrottle(@Value("${par.security.login.free-failures:5}") int free,
                  @Value("${par.security.login.max-delay:PT15M}") Duration maxDelay) {
        this(free, maxDelay, Clock.systemUTC());
    }

    LoginThrottle(int free, Duration maxDelay, Clock clock) {
        this.free = free;
        this.maxDelay = maxDelay;
        this.clock = clock;
    }

    /** How long this address must still wait before it may try this account again; zero when it may. */
    public Duration waitBefore(String address, String user) {
        Failures failures = byAddressAndUser.get(key(address, user));
        if (failures == null) {
            return Duration.ZERO;
        }
        long left = failures.heldUntil - clock.millis();
        if (left <= 0) {
            return Duration.ZERO;
        }
        LOG.info("Login for \"{}\" from {} held back ({} failures in a row, {} ms left)", printable(user), address,
                failures.count, left);
        return Duration.ofMillis(left);
    }

    /** Records a failed login; returns how long the pair is now held back (zero within the free failures). */
    public synchronized Duration failed(String address, String user) {
        if (byAddressAndUser.size() >= MAX_ENTRIES) {
            forgetIdle();
        }
        Failures failures = byAddressAndUser.computeIfAbsent(key(address, user), k -> new Failures());
        long now = clock.millis();
        failures.count++;
        failures.lastFailure = now;
        Duration hold = Duration.ZERO;
        if (failures.count > free) {
            int doublings = Math.min(failures.count - free - 1, 30);
            hold = Duration.ofSeconds(1L << doublings);
            if (hold.compareTo(maxDelay) > 0) {
                hold = maxDelay;
            }
            failures.heldUntil = now + hold.toMillis();
            LOG.warn("Failed login for \"{}\" from {} ({} in a row): further logins of this account from this address"
                    + " held back for {} s", printable(user), address, failures.count, hold.toSeconds());
        } else {
            LOG.info("Failed login for \"{}\" from {} ({} in a row)", printable(user), address, failures.count);
        }
        return hold;
    }

    public void succeeded(String address, String user) {
        byAddressAndUser.remove(key(address, user));
    }

    private void forgetIdle() {
        long before = clock.millis() - IDLE.toMillis();
        byAddressAndUser.values().removeIf(failures -> failures.lastFailure < before && failures.heldUntil < clock.millis());
        if (byAddressAndUser.size() >= MAX_ENTRIES) {
            LOG.warn("Login throttle full ({} address and account pairs): forgetting them all", byAddressAndUser.size());
            byAddressAndUser.clear();
        }
    }

    private static String key(String address, String user) {
        return address + '\n' + user;
    }

    /** A user name as typed, safe to log: no line breaks or control characters, at most 64 characters. */
    static String printable(String user) {
        String clean = user.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 64 ? clean.substring(0, 64) + "…" : clean;
    }

    private static final class Failures {
        int count;
        long lastFailure;
        long heldUntil;
    }
}
