package vn.parindex.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parindex.support.EmbeddedPostgres;

/** Two "nodes" (two pools on one real PostgreSQL) starting at the same time: the second waits for the first. */
class ClusterStartupLockIT {

    private final HikariDataSource nodeA = pool(EmbeddedPostgres.jdbcUrl());
    private final HikariDataSource nodeB = pool(EmbeddedPostgres.jdbcUrl());
    private final JdbcClient observer = JdbcClient.create(nodeB);

    @AfterEach
    void close() {
        nodeA.close();
        nodeB.close();
    }

    @Test
    void theSecondNodeWaitsUntilTheFirstIsReadyThenGoesOn() throws Exception {
        ClusterStartupLock first = new ClusterStartupLock(nodeA, Duration.ofMinutes(1));
        ClusterStartupLock second = new ClusterStartupLock(nodeB, Duration.ofMinutes(1));
        first.acquire();
        assertThat(first.isHeld()).isTrue();

        CompletableFuture<Void> secondStarting = CompletableFuture.runAsync(second::acquire);
        assertThatThrownBy(() -> secondStarting.get(1500, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
        assertThat(second.isHeld()).isFalse();

        first.release();
        secondStarting.get(10, TimeUnit.SECONDS);
        assertThat(second.isHeld()).isTrue();
        second.release();
        assertThat(advisoryLocksHeld()).as("no session keeps the lock, though the connections went back to their pools")
                .isZero();
    }

    @Test
    void aNodeThatWaitsTooLongRefusesToStartWithAClearMessage() {
        ClusterStartupLock first = new ClusterStartupLock(nodeA, Duration.ofMinutes(1));
        ClusterStartupLock impatient = new ClusterStartupLock(nodeB, Duration.ofMillis(500));
        first.acquire();
        try {
            assertThatThrownBy(impatient::acquire).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("nút khác của cụm máy chủ vẫn đang khởi động");
            assertThat(impatient.isHeld()).isFalse();
        } finally {
            first.release();
        }
        assertThat(nodeB.getHikariPoolMXBean().getActiveConnections()).as("the refused node's connection went back").isZero();
    }

    @Test
    void aKilledNodeLosesTheLockWithItsSession() throws Exception {
        ClusterStartupLock killed = new ClusterStartupLock(nodeA, Duration.ofMinutes(1));
        killed.acquire();
        // what the server does when a killed node's socket closes
        assertThat(observer.sql("select pg_terminate_backend(pid) from pg_locks where locktype = 'advisory'"
                        + " and classid::bigint = ? and objid::bigint = ?")
                .params(ClusterStartupLock.LOCK_KEY >>> 32, ClusterStartupLock.LOCK_KEY & 0xFFFF_FFFFL)
                .query(Boolean.class).list()).containsExactly(true);

        ClusterStartupLock next = new ClusterStartupLock(nodeB, Duration.ofSeconds(10));
        CompletableFuture.runAsync(next::acquire).get(10, TimeUnit.SECONDS);
        assertThat(next.isHeld()).isTrue();
        next.release();
    }

    @Test
    void onH2ThereIsNothingToWaitFor() {
        try (HikariDataSource h2 = pool("jdbc:h2:mem:startup-lock")) {
            ClusterStartupLock lock = new ClusterStartupLock(h2, Duration.ofMinutes(1));
            lock.acquire();
            assertThat(lock.isHeld()).isFalse();
            assertThat(h2.getHikariPoolMXBean().getActiveConnections()).isZero();
        }
    }

    private int advisoryLocksHeld() {
        return observer.sql("select count(*) from pg_locks where locktype = 'advisory' and granted").query(Integer.class).single();
    }

    private static HikariDataSource pool(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(url.startsWith("jdbc:h2") ? "sa" : "postgres");
        config.setPassword(url.startsWith("jdbc:h2") ? "" : "postgres");
        config.setMaximumPoolSize(2);
        return new HikariDataSource(config);
    }
}
