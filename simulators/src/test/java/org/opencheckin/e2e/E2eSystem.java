package org.opencheckin.e2e;

import org.opencheckin.simulators.bench.BenchConfig;
import org.opencheckin.simulators.bench.SimulatorBench;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;

/**
 * The whole system of one end-to-end run: the simulators in this JVM (fast mode, from
 * {@code e2e/sims.yml}), the real hotel backend jar on MariaDB database {@value E2eDatabase#NAME} with the
 * demo profile, and the real kiosk app jar wired to the simulators' pseudo-terminals and camera, each app on
 * a free port. {@link #close()} stops the children even when start-up failed half-way.
 */
final class E2eSystem implements AutoCloseable {

    /** Demo hotel DEMO's key-signing secret (the backend's DemoSecrets) and the locks' sector key. */
    static final byte[] HOTEL_KEY_SECRET = "demo-hotel-key-signing-secret-01".getBytes(StandardCharsets.US_ASCII);
    static final String SECTOR_KEY = "A1B2C3D4E5F6";
    static final String TECHNICIAN_PIN = "2468";
    static final Duration START_LIMIT = Duration.ofSeconds(150);

    final Path work = Path.of("target", "e2e").toAbsolutePath();
    final Path repo = Path.of("..").toAbsolutePath().normalize();
    SimulatorBench bench;
    ChildJvm backend;
    ChildJvm kiosk;
    String backendUrl;
    String kioskUrl;
    E2eDatabase.Hotel hotel;
    Path kioskJar;

    static E2eSystem start() throws Exception {
        Prerequisites.requireChromium();
        Prerequisites.requireMariaDb();
        // -De2e.backend.jar=... runs the test against another backend build (a branch not merged yet).
        String otherBackend = System.getProperty("e2e.backend.jar", "");
        Path backendJar = otherBackend.isBlank() ? Prerequisites.requireJar("hotel-backend") : Path.of(otherBackend);
        Path kioskJar = Prerequisites.requireJar("kiosk-app");
        E2eSystem system = new E2eSystem();
        try {
            system.startAll(backendJar, kioskJar);
        } catch (Exception | Error e) {
            system.close();
            throw e;
        }
        return system;
    }

    private void startAll(Path builtBackend, Path builtKiosk) throws Exception {
        // Run copies: a build that replaces a jar under a running JVM breaks its class loading.
        Path jars = work.resolve("jars");
        Files.createDirectories(jars);
        Path backendJar = Files.copy(builtBackend, jars.resolve("hotel-backend.jar"), StandardCopyOption.REPLACE_EXISTING);
        kioskJar = Files.copy(builtKiosk, jars.resolve("kiosk-app.jar"), StandardCopyOption.REPLACE_EXISTING);
        E2eDatabase.recreate();
        Path devices = work.resolve("devices");
        Files.createDirectories(devices);
        bench = SimulatorBench.start(BenchConfig.parse(resource("e2e/sims.yml").replace("${dir}", devices.toString())));
        Map<String, String> addresses = bench.addresses();

        int backendPort = freePort();
        int kioskPort = freePort();
        backendUrl = "http://127.0.0.1:" + backendPort;
        kioskUrl = "http://127.0.0.1:" + kioskPort;
        Path logs = work.resolve("logs");

        backend = ChildJvm.start("backend", backendJar, Map.of(), Map.of(
                "MICRONAUT_ENVIRONMENTS", "demo,mysql",
                "OPENCHECKIN_PORT", String.valueOf(backendPort),
                "OPENCHECKIN_DB_URL", E2eDatabase.url(),
                "OPENCHECKIN_DB_USER", E2eDatabase.USER,
                "OPENCHECKIN_DB_PASSWORD", E2eDatabase.PASSWORD), work.resolve("backend"), logs);
        kiosk = ChildJvm.start("kiosk", kioskJar, kioskProperties(kioskPort, addresses), Map.of(),
                work.resolve("kiosk"), logs);
        // Both JVMs start at once; the kiosk needs the backend only when a guest arrives.
        CompletableFuture<Void> backendUp = CompletableFuture.runAsync(() -> await(backend, backendUrl + "/health"));
        await(kiosk, kioskUrl + "/health");
        backendUp.join();
        hotel = E2eDatabase.hotel("DEMO");
    }

    private Map<String, String> kioskProperties(int port, Map<String, String> addresses) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("micronaut.server.port", String.valueOf(port));
        p.put("kiosk.backend.url", backendUrl);
        p.put("kiosk.backend.token", BackendApi.KIOSK_TOKEN);
        p.put("kiosk.flow.tick", "100ms");
        p.put("kiosk.flow.staff-poll-interval", "500ms");
        p.put("kiosk.heartbeat.interval", "2s");
        p.put("kiosk.vision.model-dir", repo.resolve("models").toString());
        p.put("kiosk.vision.camera.source", addresses.get("camera"));
        p.put("kiosk.keycard.sector-key", SECTOR_KEY);
        p.put("kiosk.maintenance.pin", TECHNICIAN_PIN);
        p.put("kiosk.devices.mode", "drivers");
        // Baud rates as in e2e/sims.yml.
        p.put("kiosk.devices.idcard.port", addresses.get("idcard"));
        p.put("kiosk.devices.idcard.baud", "115200");
        p.put("kiosk.devices.mrz.port", addresses.get("mrz"));
        p.put("kiosk.devices.mrz.baud", "9600");
        p.put("kiosk.devices.dispenser.port", addresses.get("dispenser"));
        p.put("kiosk.devices.dispenser.baud", "38400");
        return p;
    }

    /**
     * A text of the kiosk's message bundles, read from the kiosk jar under test ({@code i18n/messages*.properties},
     * UTF-8): what the guest must see on screen.
     */
    String message(String language, String key) throws IOException {
        String suffix = language.equals("zh-CN") ? "_zh_CN" : "";
        try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(kioskJar.toFile())) {
            for (String bundle : List.of("i18n/messages" + suffix + ".properties", "i18n/messages.properties")) {
                java.util.zip.ZipEntry entry = jar.getEntry(bundle);
                if (entry == null) {
                    continue;
                }
                Properties texts = new Properties();
                try (Reader in = new InputStreamReader(jar.getInputStream(entry), StandardCharsets.UTF_8)) {
                    texts.load(in);
                }
                if (texts.containsKey(key)) {
                    return texts.getProperty(key);
                }
            }
        }
        throw new IllegalStateException("message " + key + " not in the kiosk jar's bundles");
    }

    /** Both face model files installed by scripts/install-models.sh: the kiosk can verify faces. */
    boolean faceModelsInstalled() {
        return Files.isRegularFile(repo.resolve("models/face_detection_yunet_2023mar.onnx"))
                && Files.isRegularFile(repo.resolve("models/fr_feature.onnx"));
    }

    private static void await(ChildJvm child, String url) {
        try {
            child.awaitHealthy(url, START_LIMIT);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = E2eSystem.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("test resource " + name + " missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws IOException {
        if (kiosk != null) {
            kiosk.close();
        }
        if (backend != null) {
            backend.close();
        }
        if (bench != null) {
            bench.close();
        }
    }
}
