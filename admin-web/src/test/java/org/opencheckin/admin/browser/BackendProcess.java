package org.opencheckin.admin.browser;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The real hotel backend jar as a child JVM: demo environment, embedded H2 in a fresh temporary working
 * directory (so demo data is loaded from scratch), a free port, output in {@code target/backend-e2e.log}.
 * {@link #close()} stops it (TERM, then KILL) and deletes the directory; a shutdown hook does the same.
 */
final class BackendProcess implements AutoCloseable {
    /** Where the reactor builds it (hotel-backend comes before admin-web in the root pom). */
    static final Path JAR = Path.of("..", "hotel-backend", "target", "hotel-backend-0.1.0-SNAPSHOT.jar");

    private final Process process;
    private final Path workDir;
    private final Path log;
    private final int port;
    private final Thread hook;

    private BackendProcess(Process process, Path workDir, Path log, int port) {
        this.process = process;
        this.workDir = workDir;
        this.log = log;
        this.port = port;
        this.hook = new Thread(this::stop, "stop-backend");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    static BackendProcess start() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path workDir = Files.createTempDirectory("admin-web-backend-");
        Path log = Path.of("target", "backend-e2e.log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // start-up speed over peak speed on a shared machine
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx384m",
                "-jar", JAR.toAbsolutePath().normalize().toString()))
                .directory(workDir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("OPENCHECKIN_PORT", String.valueOf(port));
        builder.environment().remove("MICRONAUT_ENVIRONMENTS");
        return new BackendProcess(builder.start(), workDir, log, port);
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Polls {@code /health} until it answers 200; fails at once when the process dies. */
    void awaitHealthy(Duration limit) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(url() + "/health")).timeout(Duration.ofSeconds(3)).build();
        Instant deadline = Instant.now().plus(limit);
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("hotel backend exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("hotel backend not healthy within " + limit + "; see " + log);
            }
            Thread.sleep(500);
        }
    }

    private void stop() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(workDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp dir left behind is harmless
        }
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }
}
