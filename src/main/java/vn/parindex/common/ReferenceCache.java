package vn.parindex.common;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reference data that change only when data files are loaded (notice policies, org units, a criteria set's sample
 * note, what a notice context names), kept for a short while across transactions. In a timer storm every notice read
 * the same policy, cycle, year and unit again (bench/RESULTS.md, P3: five selects per notice).
 *
 * <p>Correct on a cluster without messages between nodes: a value is kept at most {@code par.reference-cache.ttl}
 * (30 s), so another node's reload is seen within that time; this node's own writes {@link #forgetAll forget}
 * everything at once and again when their transaction ends (a reader in between may have cached the old value).
 * Nothing that moves at run time is kept here: no deadlines, due dates or calendars (a deadline change must act
 * at once on every node), no users or memberships (changed in Camunda Admin on any node).
 */
@Component
public class ReferenceCache {

    /** More distinct entries than a province has units, cycles and policies: something is wrong, start over. */
    static final int MAX_ENTRIES = 10_000;

    private record Key(String kind, Object id) {
    }

    private record Entry(Object value, long expiresAt) {
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private final LongSupplier ticker;

    @Autowired
    public ReferenceCache(@Value("${par.reference-cache.ttl:PT30S}") Duration ttl) {
        this(ttl, System::nanoTime);
    }

    ReferenceCache(Duration ttl, LongSupplier ticker) {
        this.ttlNanos = ttl.toNanos();
        this.ticker = ticker;
    }

    /** The value kept under {@code (kind, id)} if still fresh, else the loader's (read once per transaction), kept. */
    public <V> V get(String kind, Object id, Supplier<V> loader) {
        if (ttlNanos <= 0) {
            return TransactionMemo.get(kind, id, loader);
        }
        Key key = new Key(kind, id);
        long now = ticker.getAsLong();
        Entry entry = entries.get(key);
        if (entry != null && now - entry.expiresAt() < 0) {
            @SuppressWarnings("unchecked")
            V value = (V) entry.value();
            return value;
        }
        V value = TransactionMemo.get(kind, id, loader);
        if (value != null && !writtenInThisTransaction()) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(key, new Entry(value, now + ttlNanos));
        }
        return value;
    }

    /** Forgets everything: reference data were written on this node (now and again when the transaction ends). */
    public void forgetAll() {
        entries.clear();
        TransactionMemo.forgetAll();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            if (TransactionSynchronizationManager.hasResource(WRITING)) {
                return;
            }
            TransactionSynchronizationManager.bindResource(WRITING, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(WRITING);
                    entries.clear();
                }
            });
        }
    }

    /** What this transaction read after its own reference writes is not committed yet: not for other transactions. */
    private static boolean writtenInThisTransaction() {
        return TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.hasResource(WRITING);
    }

    private static final Object WRITING = new Object();
}
