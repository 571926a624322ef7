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
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * P5, start-up: from launching a JVM to the Tasklist page answering 200, each launch in a fresh temporary folder (so
 * a fresh {@code ./var} with the embedded H2 default). Measured for the packaged jar ({@code java -jar}), for the
 * same application from the classpath, and for {@link BareCamundaApplication} from the same classpath of libraries;
 * and both as docker/Dockerfile starts ours: from jars, with a class data sharing archive trained once for each.
 */
final class Startup implements AutoCloseable {

    record Launch(String what, double seconds, String springReported) {
    }

    private final Path projectDir;
    private final Path jar;
    private final String libraries;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    // the java arguments of the image-like launches, once their archives are trained
    private List<String> oursImage;
    private List<String> bareImage;
    // the image-like launches' folders: the extracted jar and the archives, a few hundred MB together
    private final List<Path> imageFolders = new ArrayList<>();

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

    /**
     * Ours as docker/Dockerfile starts it: the jar extracted (its libraries as plain jars beside it, no nested-jar
     * class loading) and a class data sharing archive written by one training run of the start-up, mapped at start.
     */
    Launch oursAsImage() {
        if (oursImage == null) {
            Path dir = imageFolder("bench-image-ours");
            Path destination = dir.resolve("extracted");
            run("extract the jar", List.of("-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination",
                    destination.toString()), dir);
            Path extracted = destination.resolve(jar.getFileName());
            oursImage = train(List.of("-jar", extracted.toString()), List.of(), dir.resolve("app.jsa"));
        }
        return launch("ours, as the Docker image starts it (extracted jar, CDS archive)", oursImage, List.of());
    }

    /** The bare webapp the same way: its class in a jar of its own, the libraries' jars, an archive of its own. */
    Launch bareAsImage() {
        if (bareImage == null) {
            Path dir = imageFolder("bench-image-bare");
            Path bareJar = bareJar(dir.resolve("bare.jar"));
            bareImage = train(List.of("-cp", bareJar + ":" + libraries, BareCamundaApplication.class.getName()),
                    List.of("--spring.config.location=file:bare.yaml"), dir.resolve("app.jsa"));
        }
        return launch("bare Camunda webapp, the same way (jar, CDS archive)", bareImage,
                List.of("--spring.config.location=file:bare.yaml"));
    }

    /**
     * The start-up once with {@code -XX:ArchiveClassesAtExit} until the context is refreshed (Spring Boot's
     * {@code spring.context.exit=onRefresh}), as the image's build does; returns the java arguments that use it.
     */
    private List<String> train(List<String> javaArgs, List<String> appArgs, Path archive) {
        Path dir = imageFolder("bench-image-training");
        writeBareConfiguration(dir);
        List<String> args = new ArrayList<>(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh"));
        args.addAll(javaArgs);
        args.add("--server.port=" + freePort());
        args.add("--spring.mail.port=" + freePort());
        args.addAll(appArgs);
        run("training run for the class data sharing archive", args, dir);
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("the training run wrote no archive " + archive);
        }
        List<String> withArchive = new ArrayList<>(List.of("-XX:SharedArchiveFile=" + archive));
        withArchive.addAll(javaArgs);
        return withArchive;
    }

    /** BareCamundaApplication and the models it deploys, from target/test-classes. */
    private Path bareJar(Path target) {
        Path classes = projectDir.resolve("target/test-classes");
        Path bench = classes.resolve("vn/parindex/bench");
        try (var out = new JarOutputStream(Files.newOutputStream(target)); var files = Files.list(bench)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(BareCamundaApplication.class.getSimpleName())
                    || f.getFileName().toString().endsWith(".bpmn")).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString()));
                Files.copy(file, out);
                out.closeEntry();
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs java with these arguments in this folder until it exits; fails on a non-zero exit. */
    private void run(String what, List<String> javaArgs, Path dir) {
        List<String> command = javaCommand(javaArgs);
        Path log = dir.resolve("run.log");
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!process.waitFor(600, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new IllegalStateException(what + " did not end within 600 s:\n" + tail(log));
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(what + " exited " + process.exitValue() + ":\n" + tail(log));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Path imageFolder(String prefix) {
        try {
            Path folder = Files.createTempDirectory(prefix);
            imageFolders.add(folder);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the image-like launches' folders. */
    @Override
    public void close() {
        for (Path folder : imageFolders) {
            try (var paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            } catch (IOException e) {
                System.err.println("could not delete " + folder + ": " + e);
            }
        }
    }

    /** The java of this JVM with these arguments. */
    private static List<String> javaCommand(List<String> javaArgs) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaArgs);
        return command;
    }

    private Launch launch(String what, List<String> javaArgs, List<String> appArgs) {
        try {
            Path dir = Files.createTempDirectory("bench-startup");
            int port = freePort();
            writeBareConfiguration(dir);
            List<String> command = javaCommand(javaArgs);
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

    private static void writeBareConfiguration(Path dir) {
        try {
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
