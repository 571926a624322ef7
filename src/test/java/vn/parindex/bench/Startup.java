package vn.parindex.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * P5, start-up: from launching a JVM to the Tasklist page answering 200, each launch in a fresh temporary folder (so
 * a fresh {@code ./var} with the embedded H2 default). Measured for the packaged jar ({@code java -jar}), for the
 * same application from the classpath, and for {@link BareCamundaApplication} from the same classpath of libraries.
 */
final class Startup {

    record Launch(String what, double seconds, String springReported) {
    }

    private final Path projectDir;
    private final Path jar;
    private final String libraries;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    Startup(Path projectDir, Path jar) {
        this.projectDir = projectDir;
        this.jar = jar;
        try {
            this.libraries = Files.readString(projectDir.resolve("target/bench/runtime-classpath.txt")).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("run through the bench profile: it writes target/bench/runtime-classpath.txt", e);
        }
    }

    Launch jar() {
        return launch("ours, java -jar " + jar.getFileName(), List.of("-jar", jar.toString()), List.of());
    }

    Launch oursFromClasspath() {
        return launch("ours, from the classpath", List.of("-cp", projectDir.resolve("target/classes") + ":" + libraries,
                "vn.parindex.ParIndexApplication"), List.of());
    }

    Launch bare() {
        return launch("bare Camunda webapp, from the classpath", List.of("-cp",
                projectDir.resolve("target/test-classes") + ":" + libraries, BareCamundaApplication.class.getName()),
                List.of("--spring.config.location=file:bare.yaml"));
    }

    private Launch launch(String what, List<String> javaArgs, List<String> appArgs) {
        try {
            Path dir = Files.createTempDirectory("bench-startup");
            int port = freePort();
            Files.writeString(dir.resolve("bare.yaml"), """
                    spring:
                      datasource:
                        url: jdbc:h2:file:./var/h2/bare;DB_CLOSE_ON_EXIT=FALSE
                        username: sa
                        password: ""
                      flyway:
                        enabled: false
                    camunda:
                      bpm:
                        admin-user:
                          id: admin
                          password: admin
                        authorization:
                          enabled: true
                        history-level: full
                        deployment-resource-pattern: classpath*:vn/parindex/bench/*.bpmn
                        webapp:
                          index-redirect-enabled: true
                    """);
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(javaArgs);
            command.add("--server.port=" + port);
            command.add("--spring.mail.port=" + freePort());
            command.addAll(appArgs);
            Path log = dir.resolve("app.log");
            URI tasklist = URI.create("http://localhost:" + port + "/camunda/app/tasklist/default/");
            long started = System.nanoTime();
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            try {
                while (true) {
                    if (!process.isAlive()) {
                        throw new IllegalStateException(what + " exited " + process.exitValue() + ":\n" + tail(log));
                    }
                    if ((System.nanoTime() - started) / 1e9 > 600) {
                        throw new IllegalStateException(what + " did not answer within 600 s:\n" + tail(log));
                    }
                    if (answers200(tasklist)) {
                        break;
                    }
                    Thread.sleep(50);
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                Matcher reported = Pattern.compile("Started \\w+ in ([0-9.]+) seconds \\(process running for ([0-9.]+)\\)")
                        .matcher(Files.readString(log, StandardCharsets.UTF_8));
                return new Launch(what, seconds, reported.find() ? reported.group(1) + " s (JVM " + reported.group(2) + " s)" : "–");
            } finally {
                process.destroy();
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private boolean answers200(URI uri) {
        try {
            return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
