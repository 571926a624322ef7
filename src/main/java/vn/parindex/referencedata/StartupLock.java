package vn.parindex.referencedata;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Serialises start-up loading across the nodes of a cluster: each loader holds this lock (a row lock, V18) for its
 * transaction. Two nodes started at once on a fresh database would otherwise both find a table empty and insert the
 * same keys, and one of them would fail to start; with the lock the second waits, then finds the rows stored and
 * unchanged, and skips them.
 */
@Component
public class StartupLock {

    private final JdbcClient jdbc;

    StartupLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Holds the lock until the current transaction ends. */
    public void holdForThisTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("the start-up lock is held for a transaction: call it inside one");
        }
        jdbc.sql("select id from startup_lock where id = 1 for update").query(Integer.class).single();
    }
}
