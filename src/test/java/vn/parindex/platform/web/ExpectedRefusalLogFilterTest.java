package vn.parindex.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.parindex.common.ValidationException;

/** Only a refusal, while its request is answered, leaves the engine's two stack-trace records out of the log. */
class ExpectedRefusalLogFilterTest {

    private final LoggerContext context = new LoggerContext();
    private final Logger engineContext = context.getLogger("org.camunda.bpm.engine.context");
    private final Logger restExceptions = context.getLogger("org.camunda.bpm.engine.rest.exception");
    private final ExpectedRefusalLogFilter filter = new ExpectedRefusalLogFilter();
    // as the engine wraps what a task listener throws (ENGINE-03051)
    private final Throwable refusal = new ProcessEngineException("ENGINE-03051", new ValidationException("Điểm vượt mức tối đa"));
    private final Throwable failure = new ProcessEngineException("ENGINE-03051", new IllegalStateException("a bug"));

    @AfterEach
    void endRequest() {
        ValidationFailures.end();
    }

    @Test
    void aRefusalInARequestIsLeftOutOfBothRecords() {
        ValidationFailures.begin();
        assertThat(engineError(refusal)).isEqualTo(FilterReply.DENY);
        ValidationFailures.record(null, refusal, ValidationFailures.Lookups.NONE);
        assertThat(restWarning(refusal)).isEqualTo(FilterReply.DENY);
    }

    @Test
    void aFailureThatIsNoRefusalIsLoggedAsBefore() {
        ValidationFailures.begin();
        assertThat(engineError(failure)).isEqualTo(FilterReply.NEUTRAL);
        ValidationFailures.record(null, failure, ValidationFailures.Lookups.NONE);
        assertThat(restWarning(failure)).isEqualTo(FilterReply.NEUTRAL);
    }

    @Test
    void outsideARequestEvenARefusalIsLoggedAsBefore() {
        // a job or a test calling the engine directly: nobody answers the user, so the record stays
        assertThat(engineError(refusal)).isEqualTo(FilterReply.NEUTRAL);
        assertThat(restWarning(refusal)).isEqualTo(FilterReply.NEUTRAL);
    }

    @Test
    void otherLoggersAndLowerLevelsAreNotTouched() {
        ValidationFailures.begin();
        ValidationFailures.record(null, refusal, ValidationFailures.Lookups.NONE);
        Logger ours = context.getLogger("vn.parindex.scoring.ScoringService");
        assertThat(filter.decide(null, ours, Level.ERROR, "{}", new Object[] {refusal}, null)).isEqualTo(FilterReply.NEUTRAL);
        assertThat(filter.decide(null, engineContext, Level.INFO, "{}", new Object[] {refusal}, null)).isEqualTo(FilterReply.NEUTRAL);
    }

    @Test
    void theRecordsOfTheRefusalsNamedInValidationFailuresAreLeftOut() {
        ValidationFailures.begin();
        assertThat(engineError(new ValidationException(List.of("a", "b")))).isEqualTo(FilterReply.DENY);
        assertThat(engineError(new org.camunda.bpm.engine.AuthorizationException("kermit", "UPDATE", "Task", "t1")))
                .isEqualTo(FilterReply.DENY);
    }

    /** As the engine's ContextLogger calls it: the message and the exception as arguments. */
    private FilterReply engineError(Throwable thrown) {
        return filter.decide(null, engineContext, Level.ERROR, "ENGINE-16004 Exception while closing command context: {}",
                new Object[] {thrown.getMessage(), thrown}, null);
    }

    private FilterReply restWarning(Throwable thrown) {
        return filter.decide(null, restExceptions, Level.WARN, "ENGINE-REST-HTTP500 {}", new Object[] {thrown}, null);
    }
}
