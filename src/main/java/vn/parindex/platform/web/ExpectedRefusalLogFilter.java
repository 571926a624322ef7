package vn.parindex.platform.web;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

/**
 * Keeps a refused request out of the error log. When an officer's input fails our validation (or a permission, or a
 * colleague was first), the engine logs the exception as an ERROR with its stack trace (ENGINE-16004) and Camunda's
 * REST API logs it again as a WARN with the stack (ENGINE-REST-HTTP500), although the user is answered 422, 403 or 409
 * with a Vietnamese explanation ({@link EngineApiValidationFilter}; on our API and pages {@link ApiExceptionHandler}),
 * which then logs the refusal in one INFO line ({@link RefusalLog}). An operator watching for errors saw two stack
 * traces per typing mistake. Only these two records, and only while such a request is being answered
 * ({@link RefusalScopeFilter}), are dropped: a failure that is not a refusal, or one outside a request, logs as before.
 */
public class ExpectedRefusalLogFilter extends TurboFilter {

    static final String NAME = "par-expected-refusals";
    /** ENGINE-16004: an exception while closing a command context, logged before the request learns of it. */
    private static final String ENGINE_CONTEXT = "org.camunda.bpm.engine.context";
    /** ENGINE-REST-HTTP500: the REST API's record of the same exception, logged after the engine call returned. */
    private static final String REST_EXCEPTION = "org.camunda.bpm.engine.rest.exception";

    public ExpectedRefusalLogFilter() {
        setName(NAME);
    }

    /**
     * Adds the filter to logback, once: Spring Boot resets the logging context when an application starts, before its
     * beans are made, so a bean installs it (again after such a reset, and only once however many contexts a JVM runs).
     */
    static void install() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
                && context.getTurboFilterList().stream().noneMatch(filter -> NAME.equals(filter.getName()))) {
            ExpectedRefusalLogFilter filter = new ExpectedRefusalLogFilter();
            filter.setContext(context);
            filter.start();
            context.addTurboFilter(filter);
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level == null || !level.isGreaterOrEqual(Level.WARN) || !ValidationFailures.capturing()) {
            return FilterReply.NEUTRAL;
        }
        String name = logger.getName();
        if (REST_EXCEPTION.equals(name)) {
            // by now the engine call has ended, and the request knows whether its answer is a refusal
            return ValidationFailures.refused() ? FilterReply.DENY : FilterReply.NEUTRAL;
        }
        if (ENGINE_CONTEXT.equals(name)) {
            // logged inside the engine call, before the request learns of it: what is a refusal whatever the data hold
            return ValidationFailures.refusedWithoutLookup(currentCommand(), thrown(params, t)) ? FilterReply.DENY
                    : FilterReply.NEUTRAL;
        }
        return FilterReply.NEUTRAL;
    }

    /** The command whose context is closing: still the current invocation while the engine logs its failure. */
    private static Object currentCommand() {
        CommandInvocationContext invocation = Context.getCommandInvocationContext();
        return invocation == null ? null : invocation.getCommand();
    }

    /** The engine's loggers pass the exception as the last argument, which logback only extracts later. */
    private static Throwable thrown(Object[] params, Throwable t) {
        if (t != null) {
            return t;
        }
        return params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last ? last : null;
    }
}
