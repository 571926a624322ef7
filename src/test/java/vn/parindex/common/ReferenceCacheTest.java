package vn.parindex.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class ReferenceCacheTest {

    private final AtomicLong nanos = new AtomicLong();
    private final ReferenceCache cache = new ReferenceCache(Duration.ofSeconds(30), nanos::get);
    private final AtomicInteger reads = new AtomicInteger();

    private String read() {
        return "policy v" + reads.incrementAndGet();
    }

    @Test
    void readsOnceWhileFreshAndAgainAfterTheTimeToLive() {
        assertThat(cache.get("noticePolicy", "default", this::read)).isEqualTo("policy v1");
        nanos.addAndGet(Duration.ofSeconds(29).toNanos());
        assertThat(cache.get("noticePolicy", "default", this::read)).isEqualTo("policy v1");
        // another node reloaded the policy: this node sees it once its copy is 30 s old
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(cache.get("noticePolicy", "default", this::read)).isEqualTo("policy v2");
        assertThat(reads).hasValue(2);
    }

    @Test
    void keepsKindsAndIdsApart() {
        cache.get("noticePolicy", "default", this::read);
        cache.get("noticePolicy", "demo-minutes", this::read);
        cache.get("orgUnitName", "default", this::read);
        assertThat(reads).hasValue(3);
    }

    @Test
    void aWriteOnThisNodeIsSeenAtOnce() {
        cache.get("orgUnitName", "SNV", this::read);
        cache.forgetAll();
        assertThat(cache.get("orgUnitName", "SNV", this::read)).isEqualTo("policy v2");
    }

    @Test
    void whatTheWritingTransactionReadsIsNotKeptAndAllIsForgottenWhenItEnds() {
        TransactionSynchronizationManager.initSynchronization();
        try {
            cache.forgetAll();
            // read inside the writing transaction, before its commit: not for the other transactions
            cache.get("orgUnitName", "SNV", this::read);
            TransactionSynchronizationManager.getSynchronizations()
                    .forEach(sync -> sync.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
        assertThat(TransactionSynchronizationManager.getResourceMap()).isEmpty();
        assertThat(cache.get("orgUnitName", "SNV", this::read)).isEqualTo("policy v2");
        assertThat(cache.get("orgUnitName", "SNV", this::read)).isEqualTo("policy v2");
    }

    @Test
    void aTimeToLiveOfZeroKeepsNothing() {
        ReferenceCache off = new ReferenceCache(Duration.ZERO, nanos::get);
        off.get("noticePolicy", "default", this::read);
        off.get("noticePolicy", "default", this::read);
        assertThat(reads).hasValue(2);
    }
}
