package vn.parindex.platform.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * One node of a cluster starts at a time on a shared PostgreSQL, from the engine's schema check to the application
 * being ready. Two nodes started together on a new database would otherwise both create Camunda's tables (the second
 * fails on a duplicate type), both create the admin user, both create our index. The lock is a session-level advisory
 * lock held on its own connection: a node killed while starting loses it with its connection, and the next node goes
 * on. On H2 (one node, a file database) there is nothing to serialise.
 */
@Component
class ClusterStartupLock extends AbstractProcessEnginePlugin {

    /** Arbitrary, fixed for the application: "PARINDEX" read as digits. */
    static final long LOCK_KEY = 7_241_746_339L;
    private static final Logger LOG = LoggerFactory.getLogger(ClusterStartupLock.class);

    private final DataSource dataSource;
    private final Duration waitAtMost;
    private Connection held;

    ClusterStartupLock(DataSource dataSource, @Value("${par.cluster.startup-lock-wait:PT10M}") Duration waitAtMost) {
        this.dataSource = dataSource;
        this.waitAtMost = waitAtMost;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        acquire();
    }

    /** Waits until no other node is starting; returns at once on a database that is not PostgreSQL. */
    synchronized void acquire() {
        if (held != null) {
            return;
        }
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                connection.close();
                return;
            }
            connection.setAutoCommit(true);
            long began = System.nanoTime();
            try (Statement statement = connection.createStatement()) {
                statement.execute("set lock_timeout = " + waitAtMost.toMillis());
            }
            try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_lock(?)")) {
                lock.setLong(1, LOCK_KEY);
                lock.execute();
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("reset lock_timeout");
            }
            long waitedMillis = Duration.ofNanos(System.nanoTime() - began).toMillis();
            if (waitedMillis > 1000) {
                LOG.info("Waited {} ms for another node of the cluster to finish starting", waitedMillis);
            }
            held = connection;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new IllegalStateException("Không bắt đầu được: nút khác của cụm máy chủ vẫn đang khởi động sau "
                    + waitAtMost.toMinutes() + " phút, hoặc không kết nối được cơ sở dữ liệu (" + e.getMessage() + ")", e);
        }
    }

    @EventListener({ApplicationReadyEvent.class, ApplicationFailedEvent.class})
    synchronized void release() {
        if (held == null) {
            return;
        }
        // the connection goes back to the pool and its session lives on: the lock must be given back explicitly
        try (PreparedStatement unlock = held.prepareStatement("select pg_advisory_unlock(?)")) {
            unlock.setLong(1, LOCK_KEY);
            unlock.execute();
        } catch (SQLException e) {
            // a pooled session must not keep the lock: end the session itself, the pool drops the broken connection
            LOG.warn("Start-up lock not released explicitly; ending its database session: {}", e.getMessage());
            closePhysically(held);
        } finally {
            closeQuietly(held);
            held = null;
        }
    }

    boolean isHeld() {
        return held != null;
    }

    private static void closePhysically(Connection connection) {
        try {
            connection.unwrap(Connection.class).close();
        } catch (SQLException ignored) {
            // the server ends the session when its socket goes
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing more to give back
        }
    }

    @Override
    public String toString() {
        return "one node starting at a time";
    }
}
