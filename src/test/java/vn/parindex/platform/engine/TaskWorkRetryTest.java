package vn.parindex.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
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
