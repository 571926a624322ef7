package vn.parindex.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class TaskWorkRetryTest {

    /** The rest of the engine's chain: fails with the queued exceptions, then succeeds. */
    static final class Chain extends CommandInterceptor {
        final Deque<RuntimeException> failures = new ArrayDeque<>();
        int calls;

        @Override
        public <T> T execute(Command<T> command) {
            calls++;
            if (!failures.isEmpty()) {
                throw failures.poll();
            }
            return null;
        }
    }

    final Chain chain = new Chain();
    final TaskWorkRetry retry = new TaskWorkRetry();

    TaskWorkRetryTest() {
        retry.setNext(chain);
    }

    @AfterEach
    void noTransaction() {
        TransactionSynchronizationManager.setActualTransactionActive(false);
    }

    @Test
    void aCompletionThatLostARaceWithTheTasksNoticeTimerIsRunAgainAndSucceeds() {
        chain.failures.add(new OptimisticLockingException("ENGINE-03005 DELETE ExecutionEntity failed"));
        chain.failures.add(new OptimisticLockingException("ENGINE-03005 DELETE ExecutionEntity failed"));

        retry.execute(new CompleteTaskCmd("task-1", Map.of()));

        assertThat(chain.calls).isEqualTo(3);
    }

    @Test
    void aCompletionTheDatabaseAbortedToBreakADeadlockIsRunAgain() {
        chain.failures.add(persistenceFailure("40P01", "ERROR: deadlock detected"));
        chain.failures.add(persistenceFailure("40001", "could not serialize access"));

        retry.execute(new CompleteTaskCmd("task-1", Map.of()));

        assertThat(chain.calls).isEqualTo(3);
    }

    @Test
    void otherDatabaseFailuresGoBackToTheUserAtOnce() {
        chain.failures.add(persistenceFailure("23505", "duplicate key value violates unique constraint"));

        assertThatThrownBy(() -> retry.execute(new CompleteTaskCmd("task-1", Map.of())))
                .isInstanceOf(ProcessEnginePersistenceException.class);
        assertThat(chain.calls).isOne();
    }

    /** As the engine reports a failed flush: the batch's exception, its next exception the driver's own. */
    private static ProcessEngineException persistenceFailure(String sqlState, String message) {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 delete from ACT_RU_JOB was aborted",
                new int[0]);
        batch.setNextException(new SQLException(message, sqlState));
        return new ProcessEnginePersistenceException("An exception occurred in the persistence layer.",
                new ProcessEngineException("ENGINE-03004 Exception while executing Database Operation", batch));
    }

    @Test
    void afterThreeLostRacesTheFailureGoesBackToTheUser() {
        for (int i = 0; i < 5; i++) {
            chain.failures.add(new OptimisticLockingException("ENGINE-03005"));
        }

        assertThatThrownBy(() -> retry.execute(new CompleteTaskCmd("task-1", Map.of())))
                .isInstanceOf(OptimisticLockingException.class);
        assertThat(chain.calls).isEqualTo(TaskWorkRetry.ATTEMPTS);
    }

    @Test
    void aColleaguesClaimIsNotRetriedButReported() {
        chain.failures.add(new TaskAlreadyClaimedException("task-1", "stpchuyenvien"));

        assertThatThrownBy(() -> retry.execute(new ClaimTaskCmd("task-1", "stpcv2")))
                .isInstanceOf(TaskAlreadyClaimedException.class);
        assertThat(chain.calls).isOne();
    }

    @Test
    void otherCommandsAndCommandsInsideACallersTransactionAreNotRetried() {
        chain.failures.add(new OptimisticLockingException("ENGINE-03005"));
        assertThatThrownBy(() -> retry.execute(context -> "timer job")).isInstanceOf(OptimisticLockingException.class);
        assertThat(chain.calls).isOne();

        TransactionSynchronizationManager.setActualTransactionActive(true);
        chain.failures.add(new OptimisticLockingException("ENGINE-03005"));
        assertThatThrownBy(() -> retry.execute(new CompleteTaskCmd("task-1", Map.of())))
                .isInstanceOf(OptimisticLockingException.class);
        assertThat(chain.calls).isEqualTo(2);
    }
}
