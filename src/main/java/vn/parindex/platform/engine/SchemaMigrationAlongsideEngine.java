package vn.parindex.platform.engine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationInitializer;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Our schema (Flyway, {@code db/migration}) is migrated while the engine builds, on a thread of its own, instead of
 * after it. The two schemas share no table, and the engine's build is one thread (mostly MyBatis reading its mapping
 * files) that leaves the machine's other core to the JIT compiler: on a new database our 27 migrations took 0.8 s of
 * the start-up's single thread (issue 17, P5).
 *
 * <p>Nothing touches our tables before the migration has ended: Spring Boot makes every JDBC template (and every bean
 * marked {@code @DependsOnDatabaseInitialization}) depend on the {@link FlywayMigrationInitializer}, and the one here
 * waits for the migration and rethrows its failure, so a failed migration still stops the start-up with Flyway's own
 * message. The migration starts when the engine's build starts (a plugin's {@code preInit}), after the cluster's
 * start-up lock is held ({@link ClusterStartupLock}: a cluster's nodes still migrate one at a time); if anything
 * needed our tables before that, the initializer runs the migration itself, in place, as Spring Boot would.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "spring.flyway", name = "enabled", matchIfMissing = true)
class SchemaMigrationAlongsideEngine {

    @Bean
    SchemaMigration schemaMigration(Flyway flyway, ObjectProvider<FlywayMigrationStrategy> strategy) {
        return new SchemaMigration(flyway, strategy.getIfAvailable(() -> Flyway::migrate));
    }

    /** Takes the place of Spring Boot's initializer (same name and type): JDBC users wait for the migration. */
    @Bean
    FlywayMigrationInitializer flywayInitializer(Flyway flyway, SchemaMigration migration) {
        return new FlywayMigrationInitializer(flyway) {
            @Override
            public void afterPropertiesSet() {
                migration.awaitOrRun();
            }
        };
    }

    @Bean
    ProcessEnginePlugin schemaMigrationWhileEngineBuilds(SchemaMigration migration, ClusterStartupLock startupLock) {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                startupLock.acquire(); // idempotent: the lock's own preInit may have come first
                migration.start();
            }

            @Override
            public String toString() {
                return "our schema migrated while the engine builds";
            }
        };
    }

    /** One migration per start, run at most once: on its own thread once started, else by whoever awaits it first. */
    static final class SchemaMigration implements DisposableBean {

        private static final Logger LOG = LoggerFactory.getLogger(SchemaMigration.class);

        private final Flyway flyway;
        private final FlywayMigrationStrategy strategy;
        private CompletableFuture<Void> running;

        SchemaMigration(Flyway flyway, FlywayMigrationStrategy strategy) {
            this.flyway = flyway;
            this.strategy = strategy;
        }

        synchronized void start() {
            if (running != null) {
                return;
            }
            running = new CompletableFuture<>();
            CompletableFuture<Void> result = running;
            // not a daemon: a start-up that fails meanwhile lets the migration end instead of cutting it off
            Thread thread = new Thread(() -> {
                try {
                    strategy.migrate(flyway);
                    result.complete(null);
                } catch (Throwable failure) {
                    result.completeExceptionally(failure);
                }
            }, "schema-migration");
            thread.start();
        }

        /** Returns once our schema is migrated; rethrows the migration's failure. */
        void awaitOrRun() {
            CompletableFuture<Void> started;
            synchronized (this) {
                if (running == null) {
                    strategy.migrate(flyway);
                    running = CompletableFuture.completedFuture(null); // only once it has succeeded
                    return;
                }
                started = running;
            }
            try {
                started.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                throw e;
            }
        }

        /** A context closed during start-up (the engine failed) closes the pool only after the migration ended. */
        @Override
        public void destroy() {
            CompletableFuture<Void> started;
            synchronized (this) {
                started = running;
            }
            if (started != null && !started.isDone()) {
                LOG.info("Waiting for the schema migration to end before closing");
                started.exceptionally(failure -> null).join();
            }
        }
    }
}
