package vn.parindex.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.parindex.support.HttpApi;

/**
 * The packaged application ({@code target/par-cycle-*.jar}, profile {@code postgres}) as a separate JVM, the way it
 * runs in production: started, killed with SIGKILL, started again. Its log goes to {@code target/faults/}.
 */
final class AppNode implements AutoCloseable {

    static final String ADMIN_PASSWORD = "Fault-test-admin-2026";
    static final Path LOGS = Path.of("target", "faults");

    private final String name;
    private final int port;
    private final Map<String, String> environment;
    private final List<String> arguments;
    private Process process;
    private int starts;

    private AppNode(String name, int port, Map<String, String> environment, List<String> arguments) {
        this.name = name;
        this.port = port;
        this.environment = environment;
        this.arguments = arguments;
    }

    /**
     * A node against the test's database and mail server, with the production job executor settings
     * (application-postgres.yaml) but short lock and claim timeouts, so work a killed node held is taken over in seconds
     * rather than the production 5 and 10 minutes.
     */
    static AppNode of(String name, FaultDatabase database, int smtpPort, String... extraArguments) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("SPRING_PROFILES_ACTIVE", "postgres");
        environment.put("SPRING_DATASOURCE_URL", database.jdbcUrl(name));
        environment.put("SPRING_DATASOURCE_USERNAME", "postgres");
        environment.put("SPRING_DATASOURCE_PASSWORD", "postgres");
        environment.put("PAR_ADMIN_PASSWORD", ADMIN_PASSWORD);
        environment.put("PAR_DEMO_ENABLED", "true");
        environment.put("PAR_DEMO_ALLOWED", "true");
        environment.put("SPRING_MAIL_HOST", "localhost");
        environment.put("SPRING_MAIL_PORT", String.valueOf(smtpPort));
        List<String> arguments = new ArrayList<>(List.of(
                "--camunda.bpm.job-execution.lock-time-in-millis=15000",
                "--camunda.bpm.job-execution.wait-time-in-millis=1000",
                "--camunda.bpm.job-execution.max-wait=3000",
                "--par.notifications.dispatch-interval=PT2S",
                "--par.notifications.claim-timeout=PT20S",
                "--par.notifications.first-retry-delay=PT2S",
                "--par.notifications.max-retry-delay=PT4S",
                "--spring.main.banner-mode=off"));
        arguments.addAll(List.of(extraArguments));
        return new AppNode(name, freePort(), environment, arguments);
    }

    String name() {
        return name;
    }

    HttpApi api() {
        return HttpApi.demo(port, ADMIN_PASSWORD);
    }

    /** Another node of the same cluster: same database, its own port and name. */
    AppNode sibling(String siblingName, FaultDatabase database) {
        Map<String, String> siblingEnvironment = new LinkedHashMap<>(environment);
        siblingEnvironment.put("SPRING_DATASOURCE_URL", database.jdbcUrl(siblingName));
        return new AppNode(siblingName, freePort(), siblingEnvironment, arguments);
    }

    /** Changes a setting for the next start (e.g. the mail server's port). */
    void setEnvironment(String key, String value) {
        environment.put(key, value);
    }

    /** Starts the JVM and waits until it reports healthy; returns how long that took. */
    Duration start() {
        long began = System.nanoTime();
        launch();
        Wait.until(name + " to start (log: " + logFile() + ")", Duration.ofSeconds(240), () -> {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + "; log: " + logFile());
            }
            return api().get(null, "/actuator/health").ok();
        });
        return Duration.ofNanos(System.nanoTime() - began);
    }

    /** Starts the JVM and waits for it to exit by itself (a refused configuration); returns its exit code. */
    int startExpectingRefusal() throws InterruptedException {
        launch();
        if (!process.waitFor(180, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(name + " did not stop by itself; log: " + logFile());
        }
        return process.exitValue();
    }

    String log() {
        try {
            return Files.readString(logFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGKILL: no shutdown hook, no graceful stop, open transactions and sockets just end. */
    void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    @Override
    public void close() {
        kill();
    }

    private void launch() {
        starts++;
        try {
            Files.createDirectories(LOGS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx512m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Duser.timezone=Asia/Ho_Chi_Minh", "-Dfile.encoding=UTF-8",
                "-jar", jar().toString(), "--server.port=" + port));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(logFile().toFile());
        builder.environment().putAll(environment);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path logFile() {
        return LOGS.resolve(name + "-" + starts + ".log");
    }

    static Path jar() {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("par-cycle-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new AssertionError("no target/par-cycle-*.jar: run the faults profile after package"
                            + " (./mvnw -Pfaults verify)"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() {
        try (var socket = new java.net.ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
