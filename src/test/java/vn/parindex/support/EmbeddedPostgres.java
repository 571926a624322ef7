package vn.parindex.support;

import java.io.IOException;
import java.io.UncheckedIOException;

/** One real PostgreSQL per test JVM (zonky binaries, no Docker), shared by every Spring test context. */
public final class EmbeddedPostgres {

    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres instance;

    private EmbeddedPostgres() {
    }

    public static synchronized String jdbcUrl() {
        if (instance == null) {
            try {
                instance = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    instance.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
        }
        return instance.getJdbcUrl("postgres", "postgres");
    }
}
