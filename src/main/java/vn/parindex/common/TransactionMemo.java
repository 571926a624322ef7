package vn.parindex.common;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Remembers what was read for the rest of the current transaction. One task completion runs many listeners and
 * expressions that each look up the same cycle, year or notice policy (P1 of bench/RESULTS.md counted 8 selects of
 * the cycle and 7 of the year per completed task). Within one transaction a value read once is the value: our own
 * writes {@link #forget} what they change, and another transaction's writes are not seen before commit anyway.
 * Outside a transaction nothing is remembered.
 */
public final class TransactionMemo {

    private static final Object KEY = new Object();

    private record Entry(String kind, Object id) {
    }

    private TransactionMemo() {
    }

    /** The value remembered under {@code (kind, id)} in this transaction, else the loader's, remembered. */
    public static <V> V get(String kind, Object id, Supplier<V> loader) {
        Map<Entry, Object> memo = memo();
        if (memo == null) {
            return loader.get();
        }
        Entry key = new Entry(kind, id);
        @SuppressWarnings("unchecked")
        V value = (V) memo.get(key);
        if (value == null) {
            value = loader.get();
            if (value != null) {
                memo.put(key, value);
            }
        }
        return value;
    }

    /** Forgets every value of a kind (after a write to it). */
    public static void forget(String kind) {
        Map<Entry, Object> memo = memo();
        if (memo != null) {
            memo.keySet().removeIf(key -> key.kind().equals(kind));
        }
    }

    /** Forgets everything (after reference data were written). */
    public static void forgetAll() {
        Map<Entry, Object> memo = memo();
        if (memo != null) {
            memo.clear();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<Entry, Object> memo() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Map<Entry, Object> memo = (Map<Entry, Object>) TransactionSynchronizationManager.getResource(KEY);
        if (memo == null) {
            memo = new HashMap<>();
            TransactionSynchronizationManager.bindResource(KEY, memo);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void suspend() {
                    TransactionSynchronizationManager.unbindResource(KEY);
                }

                @Override
                public void resume() {
                    // a fresh memo for the resumed transaction: cheaper to re-read than to keep two in step
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
                }
            });
        }
        return memo;
    }
}
