package vn.parindex.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import vn.parindex.platform.engine.SchemaMigrationAlongsideEngine.SchemaMigration;

class SchemaMigrationAlongsideEngineTest {

    final Flyway flyway = Flyway.configure().load();
    final List<String> migratedOn = new CopyOnWriteArrayList<>();

    @Test
    void startedMigrationRunsOnItsOwnThreadOnceAndTheInitializerWaitsForIt() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        SchemaMigration migration = new SchemaMigration(flyway, ignored -> {
            await(release);
            migratedOn.add(Thread.currentThread().getName());
        });

        migration.start();
        migration.start();
        waitsUntilReleased(migration::awaitOrRun, release, "JDBC users wait while the migration runs");

        assertThat(migratedOn).containsExactly("schema-migration");
    }

    @Test
    void withoutTheEngineFirstTheInitializerMigratesInPlaceAndTheEngineDoesNotMigrateAgain() {
        SchemaMigration migration = new SchemaMigration(flyway, ignored -> migratedOn.add(Thread.currentThread().getName()));

        migration.awaitOrRun();
        migration.start();
        migration.awaitOrRun();

        assertThat(migratedOn).containsExactly(Thread.currentThread().getName());
    }

    @Test
    void aFailedMigrationStopsTheStartUpWithFlywaysOwnException() {
        FlywayException failure = new FlywayException("Migration V2__cycle.sql failed");
        SchemaMigration migration = new SchemaMigration(flyway, ignored -> {
            throw failure;
        });

        migration.start();

        assertThatThrownBy(migration::awaitOrRun).isSameAs(failure);
    }

    @Test
    void closingDuringStartUpWaitsForTheMigrationToEnd() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        SchemaMigration migration = new SchemaMigration(flyway, ignored -> {
            await(release);
            migratedOn.add("done");
        });
        migration.start();

        waitsUntilReleased(migration::destroy, release, "the pool is not closed under a running migration");

        assertThat(migratedOn).containsExactly("done");
    }

    /** {@code action}, on a thread of its own, is still waiting until the migration is released, then returns. */
    private static void waitsUntilReleased(Runnable action, CountDownLatch release, String why) throws InterruptedException {
        Thread waiting = new Thread(action);
        waiting.start();
        waiting.join(300);
        assertThat(waiting.isAlive()).as(why).isTrue();

        release.countDown();
        waiting.join(10_000);
        assertThat(waiting.isAlive()).isFalse();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
