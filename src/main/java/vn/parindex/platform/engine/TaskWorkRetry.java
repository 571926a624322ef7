package vn.parindex.platform.engine;

import java.sql.SQLException;
import java.util.Set;
import io.micrometer.core.instrument.Metrics;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A user's completion, form submission or claim that lost an optimistic-locking race is run again. The race is often
 * not with a person: the task's deadline watch may be firing a reminder in the same instant, and the completion, which
 * ends the watch, then fails although nobody else touched the task. The failed attempt was rolled back completely,
 * so running the command again is safe: if a colleague really completed or claimed the task first, the new attempt
 * says so (task gone, already claimed) and the user gets that conflict instead. Only a command that owns its
 * transaction is retried; inside a caller's transaction the failure goes back to the caller.
 *
 * <p>A deadlock the database broke by aborting the user's transaction (SQLState class 40: PostgreSQL 40P01, a
 * serialization failure 40001, H2's 40001) is the same kind of race and is run again too. It happens when a completion
 * deletes the task's notice timer while that timer's job is firing: the job holds a lock on the task's execution (the
 * notice step it writes) and waits for the timer row the completion already deleted, the completion waits for the
 * execution row. The deadline-day benchmark met it when the heads returned every sheet at once.
 */
final class TaskWorkRetry extends CommandInterceptor {

    static final int ATTEMPTS = 3;
    /** Micrometer counter of the attempts run again (the benchmark prints it; a monitoring system may read it). */
    static final String RETRIES_METRIC = "par.task.work.optimistic.locking.retries";
    private static final Logger LOG = LoggerFactory.getLogger(TaskWorkRetry.class);
    private static final Set<Class<?>> TASK_WORK = Set.of(SubmitTaskFormCmd.class, CompleteTaskCmd.class, ClaimTaskCmd.class);

    @Override
    public <T> T execute(Command<T> command) {
        if (!isTaskWork(command) || Context.getCommandContext() != null
                || TransactionSynchronizationManager.isActualTransactionActive()) {
            return next.execute(command);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return next.execute(command);
            } catch (ProcessEngineException e) {
                if (!isTransient(e) || attempt >= ATTEMPTS) {
                    throw e;
                }
                Metrics.counter(RETRIES_METRIC, "command", command.getClass().getSimpleName()).increment();
                LOG.info("{} lost a race (optimistic locking or deadlock, attempt {} of {}), running it again: {}",
                        command.getClass().getSimpleName(), attempt, ATTEMPTS, e.getMessage());
            }
        }
    }

    /** Lost an optimistic-locking race, or the database aborted the transaction to break a deadlock. */
    static boolean isTransient(ProcessEngineException failure) {
        if (failure instanceof OptimisticLockingException) {
            return true;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            for (SQLException sql = cause instanceof SQLException found ? found : null; sql != null;
                 sql = sql.getNextException()) {
                if (sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isTaskWork(Command<?> command) {
        return TASK_WORK.stream().anyMatch(type -> type.isInstance(command));
    }
}
