package vn.parindex.faults;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one PostgreSQL the application nodes of a fault test share, started by the test (zonky binaries, no Docker).
 * The test reads it directly to check what was stored, and holds table locks to stop a node at a chosen point of
 * its work: a write into a locked table waits, and the node is killed while it waits, inside its transaction.
 */
final class FaultDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final JdbcClient jdbc;

    FaultDatabase() {
        try {
            postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "200").start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jdbc = JdbcClient.create(postgres.getPostgresDatabase());
    }

    /** The URL a node connects with; {@code node} names its connections (pg_stat_activity.application_name). */
    String jdbcUrl(String node) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres?ApplicationName=" + node;
    }

    JdbcClient jdbc() {
        return jdbc;
    }

    int count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Integer.class).single();
    }

    /** Holds {@code LOCK TABLE … IN SHARE MODE} until closed: reads go on, every insert, update or delete waits. */
    TableLock lock(String table) {
        try {
            Connection connection = postgres.getPostgresDatabase().getConnection();
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.execute("lock table " + table + " in share mode");
            }
            return new TableLock(table, connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until a node's write (its SQL contains {@code statement}, e.g. the table's name) waits for the test's lock:
     * the node is stuck in the middle of its transaction, everything before that write done but not committed (reads
     * of the table do not wait).
     */
    void awaitWriteBlocked(String statement, Duration timeout) {
        Wait.until("\"" + statement + "\" waiting for the test's lock", timeout, () -> count("""
                select count(*) from pg_stat_activity
                where wait_event_type = 'Lock' and application_name not like 'PostgreSQL JDBC%'
                  and lower(query) like ?""", "%" + statement + "%") > 0);
    }

    /**
     * After a node was killed: its sessions end. An idle one ends as soon as the server reads the dead client's closed
     * socket; one whose write waits for the test's lock cannot read anything before the lock is freed, so once only
     * such sessions are left they are ended (pg_terminate_backend: the write never runs, the transaction is gone).
     */
    void awaitSessionsGone(String node) {
        Wait.until("the killed node's idle sessions to end", Duration.ofSeconds(10), () -> count("""
                select count(*) from pg_stat_activity
                where application_name = ? and wait_event_type is distinct from 'Lock'""", node) == 0);
        jdbc.sql("select pg_terminate_backend(pid) from pg_stat_activity where application_name = ?").param(node)
                .query(Boolean.class).list();
        Wait.until("the killed node's sessions to be terminated", Duration.ofSeconds(10),
                () -> count("select count(*) from pg_stat_activity where application_name = ?", node) == 0);
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    /** A held table lock; closing rolls the test's transaction back and frees the table. */
    record TableLock(String table, Connection connection) implements AutoCloseable {

        @Override
        public void close() {
            try (connection) {
                connection.rollback();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
