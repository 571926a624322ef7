package vn.parindex.platform.web;

import java.util.concurrent.atomic.AtomicReference;
import vn.parindex.common.ValidationException;

/**
 * The {@link ValidationException} behind a failed engine call, kept for the HTTP request that made the call. The
 * engine wraps whatever a task listener throws ("ENGINE-03051 There was an exception while invoking the
 * TaskListener. Message: 'Exception while invoking TaskListener: …'") and the REST API prefixes it again ("Cannot
 * submit task form …"), so the request filter needs the original to show the user our Vietnamese message.
 */
final class ValidationFailures {

    private static final ThreadLocal<AtomicReference<ValidationException>> CURRENT = new ThreadLocal<>();

    private ValidationFailures() {
    }

    /** Starts capturing for the current request thread. */
    static AtomicReference<ValidationException> begin() {
        AtomicReference<ValidationException> captured = new AtomicReference<>();
        CURRENT.set(captured);
        return captured;
    }

    static void end() {
        CURRENT.remove();
    }

    /** Remembers the first ValidationException in the cause chain, when a request is capturing. */
    static void record(Throwable failure) {
        AtomicReference<ValidationException> captured = CURRENT.get();
        if (captured == null) {
            return;
        }
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof ValidationException validation) {
                captured.compareAndSet(null, validation);
                return;
            }
        }
    }
}
