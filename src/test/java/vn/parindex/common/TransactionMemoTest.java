package vn.parindex.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

class TransactionMemoTest {

    /** Transactions without a resource: enough for Spring's synchronization, which is what the memo uses. */
    static final class NoResourceTransactions extends AbstractPlatformTransactionManager {
        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }

        @Override
        protected Object doSuspend(Object transaction) {
            return transaction;
        }

        @Override
        protected void doResume(Object transaction, Object suspendedResources) {
        }
    }

    private final TransactionTemplate transaction = new TransactionTemplate(new NoResourceTransactions());
    private final AtomicInteger loads = new AtomicInteger();

    private String load() {
        return "cycle " + loads.incrementAndGet();
    }

    @Test
    void aValueIsReadOncePerTransactionAndForgottenAfterAWrite() {
        transaction.executeWithoutResult(status -> {
            assertThat(TransactionMemo.get("cycle", 7L, this::load)).isEqualTo("cycle 1");
            assertThat(TransactionMemo.get("cycle", 7L, this::load)).isEqualTo("cycle 1");
            assertThat(TransactionMemo.get("cycle", 8L, this::load)).isEqualTo("cycle 2");
            assertThat(TransactionMemo.get("year", 7L, this::load)).isEqualTo("cycle 3");
            TransactionMemo.forget("cycle");
            assertThat(TransactionMemo.get("cycle", 7L, this::load)).isEqualTo("cycle 4");
            assertThat(TransactionMemo.get("year", 7L, this::load)).isEqualTo("cycle 3");
            TransactionMemo.forgetAll();
            assertThat(TransactionMemo.get("year", 7L, this::load)).isEqualTo("cycle 5");
        });
    }

    @Test
    void theNextTransactionReadsAgain() {
        transaction.executeWithoutResult(status -> TransactionMemo.get("cycle", 7L, this::load));
        transaction.executeWithoutResult(status -> assertThat(TransactionMemo.get("cycle", 7L, this::load)).isEqualTo("cycle 2"));
    }

    @Test
    void aNewInnerTransactionHasItsOwnMemoAndTheOuterOneReadsAgainAfterIt() {
        TransactionTemplate inner = new TransactionTemplate(transaction.getTransactionManager());
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        transaction.executeWithoutResult(status -> {
            assertThat(TransactionMemo.get("cycle", 7L, this::load)).isEqualTo("cycle 1");
            inner.executeWithoutResult(innerStatus -> {
                assertThat(TransactionMemo.get("cycle", 7L, this::load)).isEqualTo("cycle 2");
                assertThat(TransactionMemo.get("cycle", 7L, this::load)).isEqualTo("cycle 2");
            });
            assertThat(TransactionMemo.get("cycle", 7L, this::load)).isEqualTo("cycle 3");
        });
    }

    @Test
    void outsideATransactionNothingIsRemembered() {
        assertThat(TransactionMemo.get("cycle", 7L, this::load)).isEqualTo("cycle 1");
        assertThat(TransactionMemo.get("cycle", 7L, this::load)).isEqualTo("cycle 2");
        TransactionMemo.forget("cycle");
        TransactionMemo.forgetAll();
    }
}
