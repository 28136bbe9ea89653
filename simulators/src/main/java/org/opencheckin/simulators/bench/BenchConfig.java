package org.opencheckin.simulators.bench;

import org.opencheckin.simulators.camera.CameraScene;
import org.opencheckin.simulators.core.Timing;
import org.opencheckin.simulators.mrz.MrzReaderSimulator;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One YAML file that says which simulators to start and how (format in docs/simulators.md). A device
 * section that is absent, or says {@code enabled: false}, is not started. {@code controlPort}: 0 picks a
 * free port, a negative value switches the control port off.
 */
public record BenchConfig(Timing timing, boolean fast, Path dir, Path pathsFile, int controlPort, Path roster,
                          Path sharedDir, long seed, IdCard idcard, Mrz mrz, Dispenser dispenser, Camera camera,
                          Locks locks) {

    /** Where a device is exposed: a pty with a stable link under {@code dir}, or a loopback TCP port. */
    public record Exposure(String link, Integer tcpPort) {
    }

    public record IdCard(int baud, Exposure exposure, String guest) {
    }

    public record Mrz(int baud, Exposure exposure, MrzReaderSimulator.Mode mode, boolean crLf) {
    }

    public record Dispenser(int baud, Exposure exposure, int address, boolean ackMode, int cards, int lowThreshold,
                            int rejectCapacity) {
    }

    public record Camera(Path dir, int frames, CameraScene scene, String guest) {
    }

    /** The door locks: hotel id, the hotel's key-signing secret and the sector key (docs/keycard-format.md). */
    public record Locks(long hotelId, byte[] secret, byte[] sectorKey) {
    }

    public static BenchConfig load(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader);
        }
    }

    public static BenchConfig parse(String yaml) {
        return parse(new StringReader(yaml));
    }

    @SuppressWarnings("unchecked")
    static BenchConfig parse(Reader reader) {
        Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        Map<String, Object> root = loaded == null ? Map.of() : (Map<String, Object>) loaded;
        boolean fast = bool(root, "fast", false);
        Path dir = Path.of(str(root, "dir", "/tmp/opencheckin"));
        Path pathsFile = root.containsKey("pathsFile") ? Path.of(str(root, "pathsFile", "")) : dir.resolve("devices.properties");
        int controlPort = integer(root, "controlPort", 7171);
        Path roster = root.containsKey("roster") ? Path.of(str(root, "roster", "")) : null;
        Path sharedDir = root.containsKey("sharedDir") ? Path.of(str(root, "sharedDir", "")) : null;
        long seed = integer(root, "seed", 1);
        Timing timing = timing(fast ? Timing.fast() : Timing.realistic(), section(root, "timing"));

        Map<String, Object> s = section(root, "idcard");
        IdCard idcard = enabled(s) ? new IdCard(integer(s, "baud", 115200), exposure(s, "idcard"), str(s, "guest", null)) : null;
        s = section(root, "mrz");
        Mrz mrz = enabled(s) ? new Mrz(integer(s, "baud", 9600), exposure(s, "mrz"),
                MrzReaderSimulator.Mode.valueOf(str(s, "mode", "framed").toUpperCase(Locale.ROOT)), bool(s, "crLf", false)) : null;
        s = section(root, "dispenser");
        Dispenser dispenser = enabled(s) ? new Dispenser(integer(s, "baud", 38400), exposure(s, "dispenser"),
                integer(s, "address", 0), bool(s, "ackMode", false), integer(s, "cards", 100),
                integer(s, "lowThreshold", 10), integer(s, "rejectCapacity", 30)) : null;
        s = section(root, "camera");
        Camera camera = enabled(s) ? new Camera(Path.of(str(s, "dir", dir.resolve("camera").toString())),
                integer(s, "frames", 90), CameraScene.valueOf(str(s, "scene", "nobody").toUpperCase(Locale.ROOT)),
                str(s, "guest", null)) : null;
        s = section(root, "locks");
        Locks locks = enabled(s) ? new Locks(integer(s, "hotelId", 1),
                s.containsKey("secretHex") ? HexFormat.of().parseHex(str(s, "secretHex", ""))
                        : str(s, "secret", "demo-key-signing-secret").getBytes(StandardCharsets.UTF_8),
                HexFormat.of().parseHex(str(s, "sectorKey", "A1B2C3D4E5F6"))) : null;
        return new BenchConfig(timing, fast, dir, pathsFile, controlPort, roster, sharedDir, seed, idcard, mrz,
                dispenser, camera, locks);
    }

    private static Timing timing(Timing base, Map<String, Object> t) {
        if (t == null) {
            return base;
        }
        Duration idMin = base.idReadMin();
        Duration idMax = base.idReadMax();
        Object idRead = t.get("idReadMillis");
        if (idRead instanceof List<?> range && range.size() == 2) {
            idMin = Duration.ofMillis(((Number) range.get(0)).longValue());
            idMax = Duration.ofMillis(((Number) range.get(1)).longValue());
        } else if (idRead instanceof Number n) {
            idMin = Duration.ofMillis(n.longValue());
            idMax = idMin;
        }
        return new Timing(bool(t, "paceBytes", base.paceBytes()), idMin, idMax,
                millis(t, "cardMoveMillis", base.cardMove()), millis(t, "mifareWriteMillis", base.mifareWrite()),
                millis(t, "mrzReadMillis", base.mrzRead()), millis(t, "guestTakesCardMillis", base.guestTakesCard()),
                millis(t, "gateTimeoutMillis", base.gateTimeout()));
    }

    private static Exposure exposure(Map<String, Object> s, String defaultLink) {
        Integer tcp = s.containsKey("tcpPort") ? integer(s, "tcpPort", 0) : null;
        return new Exposure(str(s, "link", defaultLink), tcp);
    }

    private static boolean enabled(Map<String, Object> s) {
        return s != null && bool(s, "enabled", true);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (v == null && m.containsKey(key)) {
            return Map.of();
        }
        return (Map<String, Object>) v;
    }

    private static Duration millis(Map<String, Object> m, String key, Duration fallback) {
        return m.containsKey(key) ? Duration.ofMillis(((Number) m.get(key)).longValue()) : fallback;
    }

    private static String str(Map<String, Object> m, String key, String fallback) {
        Object v = m.get(key);
        return v == null ? fallback : v.toString();
    }

    private static int integer(Map<String, Object> m, String key, int fallback) {
        Object v = m.get(key);
        return v == null ? fallback : ((Number) v).intValue();
    }

    private static boolean bool(Map<String, Object> m, String key, boolean fallback) {
        Object v = m.get(key);
        return v == null ? fallback : (Boolean) v;
    }
}
