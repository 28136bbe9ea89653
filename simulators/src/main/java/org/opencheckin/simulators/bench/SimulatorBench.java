package org.opencheckin.simulators.bench;

import org.opencheckin.simulators.camera.CameraScene;
import org.opencheckin.simulators.camera.SimulatedCamera;
import org.opencheckin.simulators.card.MifareClassic1k;
import org.opencheckin.simulators.core.Fault;
import org.opencheckin.simulators.core.Faults;
import org.opencheckin.simulators.core.SimulatedDevice;
import org.opencheckin.simulators.dispenser.Crt591DispenserSimulator;
import org.opencheckin.simulators.guest.CardPhotos;
import org.opencheckin.simulators.guest.FaceLibrary;
import org.opencheckin.simulators.guest.GuestRoster;
import org.opencheckin.simulators.idcard.SamIdCardReaderSimulator;
import org.opencheckin.simulators.link.HostLink;
import org.opencheckin.simulators.link.PtyLink;
import org.opencheckin.simulators.link.TcpLink;
import org.opencheckin.simulators.lock.DoorLockSimulator;
import org.opencheckin.simulators.lock.LockDecision;
import org.opencheckin.simulators.mrz.MrzReaderSimulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A set of simulators started from one {@link BenchConfig}, plus the control commands a person, a test or
 * a launcher uses to drive them at run time (the line protocol of {@link ControlServer} and the CLI). Every
 * command answers with lines, the last starting {@code OK} or {@code ERR}. Guests are named by roster id
 * only, never by name or document number.
 */
public final class SimulatorBench implements AutoCloseable {

    private final BenchConfig config;
    private final GuestRoster roster;
    private final Map<String, SimulatedDevice> devices = new LinkedHashMap<>();
    private final List<MifareClassic1k> wallet = new ArrayList<>();
    private final Map<String, DoorLockSimulator> locks = new ConcurrentHashMap<>();
    private SamIdCardReaderSimulator idcard;
    private MrzReaderSimulator mrz;
    private Crt591DispenserSimulator dispenser;
    private SimulatedCamera camera;
    private ControlServer control;

    private SimulatorBench(BenchConfig config, GuestRoster roster) {
        this.config = config;
        this.roster = roster;
    }

    public static SimulatorBench start(BenchConfig config) throws IOException {
        GuestRoster roster = config.roster() != null ? GuestRoster.load(config.roster()) : GuestRoster.bundled();
        SimulatorBench bench = new SimulatorBench(config, roster);
        try {
            bench.startAll();
        } catch (IOException | RuntimeException e) {
            bench.close();
            throw e;
        }
        return bench;
    }

    private void startAll() throws IOException {
        Path shared = config.sharedDir() != null ? config.sharedDir() : FaceLibrary.locateSharedDir().orElse(null);
        FaceLibrary faces = FaceLibrary.fromSharedDir(shared);
        Files.createDirectories(config.dir());
        long seed = config.seed();
        if (config.idcard() != null) {
            BenchConfig.IdCard c = config.idcard();
            idcard = new SamIdCardReaderSimulator(link(c.exposure()), c.baud(), config.timing(), new CardPhotos(faces), seed);
            if (c.guest() != null) {
                idcard.place(roster.get(c.guest()));
            }
            devices.put("idcard", idcard.start());
        }
        if (config.mrz() != null) {
            BenchConfig.Mrz c = config.mrz();
            mrz = new MrzReaderSimulator(link(c.exposure()), c.baud(), config.timing(), c.mode(), c.crLf(), seed);
            devices.put("mrz", mrz.start());
        }
        if (config.dispenser() != null) {
            BenchConfig.Dispenser c = config.dispenser();
            dispenser = new Crt591DispenserSimulator(link(c.exposure()), c.baud(), config.timing(), c.address(), c.ackMode(),
                    new Crt591DispenserSimulator.Stock(c.cards(), c.lowThreshold(), c.rejectCapacity()), seed);
            devices.put("dispenser", dispenser.start());
        }
        if (config.camera() != null) {
            BenchConfig.Camera c = config.camera();
            camera = new SimulatedCamera(c.dir(), faces, roster, c.frames());
            camera.show(c.scene(), c.guest() == null ? null : roster.get(c.guest()));
        }
        if (config.controlPort() >= 0) {
            control = new ControlServer(config.controlPort(), this);
        }
        writePathsFile();
    }

    private HostLink link(BenchConfig.Exposure exposure) throws IOException {
        if (exposure.tcpPort() != null) {
            return new TcpLink(exposure.tcpPort());
        }
        return new PtyLink(config.dir().resolve(exposure.link()));
    }

    /** Device name to the address a driver opens, plus {@code camera} and {@code control} when running. */
    public Map<String, String> addresses() {
        Map<String, String> out = new LinkedHashMap<>();
        devices.forEach((name, device) -> out.put(name, device.address()));
        if (camera != null) {
            out.put("camera", camera.capturePattern().toString());
        }
        if (control != null) {
            out.put("control", "127.0.0.1:" + control.port());
        }
        return out;
    }

    /** Writes {@link #addresses()} as a properties file for launchers ({@code idcard=/tmp/opencheckin/idcard}). */
    private void writePathsFile() throws IOException {
        StringBuilder text = new StringBuilder("# OpenCheckin simulators: device addresses\n");
        addresses().forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        Path file = config.pathsFile();
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public SamIdCardReaderSimulator idcard() {
        return idcard;
    }

    public MrzReaderSimulator mrz() {
        return mrz;
    }

    public Crt591DispenserSimulator dispenser() {
        return dispenser;
    }

    public SimulatedCamera camera() {
        return camera;
    }

    public GuestRoster roster() {
        return roster;
    }

    /** Runs one control command line; never throws. */
    public synchronized String execute(String line) {
        String[] w = line.trim().split("\\s+");
        try {
            return run(w);
        } catch (IllegalArgumentException | java.util.NoSuchElementException | IllegalStateException e) {
            return "ERR " + e.getMessage();
        } catch (IOException e) {
            return "ERR " + e;
        }
    }

    private String run(String[] w) throws IOException {
        String command = w[0].toLowerCase(Locale.ROOT);
        switch (command) {
            case "", "help" -> {
                return String.join("\n",
                        "status | devices | guests",
                        "fault <device> <FAULT> [times|on]   faults: " + Arrays.toString(Fault.values()),
                        "clear <device> | unplug <device> | replug <device>",
                        "idcard place <guest> | idcard lift",
                        "mrz present <guest>",
                        "dispenser refill <n> | dispenser empty-bin",
                        "cards | lock <room> [card#]",
                        "camera <guest|impostor|nobody|printed_photo> [guest]",
                        "OK");
            }
            case "status" -> {
                StringBuilder out = new StringBuilder();
                devices.values().forEach(d -> out.append(d.status()).append('\n'));
                if (camera != null) {
                    out.append("camera ").append(camera.capturePattern()).append(" showing ").append(camera.showing()).append('\n');
                }
                return out + "OK";
            }
            case "devices" -> {
                StringBuilder out = new StringBuilder();
                addresses().forEach((k, v) -> out.append(k).append('=').append(v).append('\n'));
                return out + "OK";
            }
            case "guests" -> {
                StringBuilder out = new StringBuilder();
                roster.all().forEach(g -> out.append(g.id()).append(' ').append(g.documentType())
                        .append(g.isImpostor() ? " impostor" : "").append('\n'));
                return out + "OK";
            }
            case "fault" -> {
                SimulatedDevice d = device(arg(w, 1));
                Fault fault = Fault.valueOf(arg(w, 2).toUpperCase(Locale.ROOT));
                int times = w.length > 3 ? (w[3].equalsIgnoreCase("on") ? Faults.FOREVER : Integer.parseInt(w[3])) : 1;
                d.inject(fault, times);
                return "OK " + d.name() + " " + fault + (times == Faults.FOREVER ? " on" : " x" + times);
            }
            case "clear" -> {
                device(arg(w, 1)).clearFaults();
                return "OK";
            }
            case "unplug" -> {
                device(arg(w, 1)).unplug();
                return "OK unplugged";
            }
            case "replug" -> {
                device(arg(w, 1)).replug();
                return "OK " + device(arg(w, 1)).address();
            }
            case "idcard" -> {
                require(idcard, "idcard");
                if (arg(w, 1).equals("place")) {
                    idcard.place(roster.get(arg(w, 2)));
                    return "OK card on the reader";
                }
                if (arg(w, 1).equals("lift")) {
                    idcard.lift();
                    return "OK card lifted";
                }
                throw new IllegalArgumentException("idcard place <guest> | idcard lift");
            }
            case "mrz" -> {
                require(mrz, "mrz");
                if (!arg(w, 1).equals("present")) {
                    throw new IllegalArgumentException("mrz present <guest>");
                }
                mrz.present(roster.get(arg(w, 2)));
                return "OK passport on the glass";
            }
            case "dispenser" -> {
                require(dispenser, "dispenser");
                switch (arg(w, 1)) {
                    case "refill" -> dispenser.refill(Integer.parseInt(arg(w, 2)));
                    case "empty-bin" -> dispenser.emptyRejectBin();
                    default -> throw new IllegalArgumentException("dispenser refill <n> | dispenser empty-bin");
                }
                return "OK " + dispenser.status();
            }
            case "cards" -> {
                collectTakenCards();
                StringBuilder out = new StringBuilder();
                for (int i = 0; i < wallet.size(); i++) {
                    out.append(i + 1).append(' ').append(wallet.get(i).uidHex()).append('\n');
                }
                return out + "OK " + wallet.size() + " card(s) taken by guests";
            }
            case "lock" -> {
                String room = arg(w, 1);
                collectTakenCards();
                if (wallet.isEmpty()) {
                    throw new IllegalStateException("no card has been taken from the dispenser yet");
                }
                int index = w.length > 2 ? Integer.parseInt(w[2]) - 1 : wallet.size() - 1;
                LockDecision decision = presentToLock(room, wallet.get(index));
                return "OK " + decision;
            }
            case "camera" -> {
                require(camera, "camera");
                CameraScene scene = CameraScene.valueOf(arg(w, 1).toUpperCase(Locale.ROOT));
                boolean complete = camera.show(scene, w.length > 2 ? roster.get(w[2]) : null);
                return complete ? "OK " + camera.showing() : "OK " + camera.showing() + " (no face photos: empty lobby shown)";
            }
            default -> throw new IllegalArgumentException("unknown command " + command + " (try help)");
        }
    }

    /** Presents a card to the room's door lock (created on first use with the configured hotel keys). */
    public LockDecision presentToLock(String room, MifareClassic1k card) {
        BenchConfig.Locks l = config.locks();
        if (l == null) {
            throw new IllegalStateException("no locks section in the configuration");
        }
        DoorLockSimulator lock = locks.computeIfAbsent(room, r -> new DoorLockSimulator(l.hotelId(), r, l.secret(), l.sectorKey(), Clock.systemUTC()));
        return lock.present(card);
    }

    private void collectTakenCards() {
        if (dispenser == null) {
            return;
        }
        for (MifareClassic1k card = dispenser.takeCard(); card != null; card = dispenser.takeCard()) {
            wallet.add(card);
        }
    }

    private SimulatedDevice device(String name) {
        SimulatedDevice d = devices.get(name);
        if (d == null) {
            throw new IllegalArgumentException("no device " + name + " running (running: " + devices.keySet() + ")");
        }
        return d;
    }

    private static void require(Object device, String name) {
        if (device == null) {
            throw new IllegalStateException(name + " is not running");
        }
    }

    private static String arg(String[] w, int i) {
        if (i >= w.length) {
            throw new IllegalArgumentException("missing argument " + i + " (try help)");
        }
        return w[i];
    }

    @Override
    public void close() throws IOException {
        if (control != null) {
            control.close();
        }
        for (SimulatedDevice d : devices.values()) {
            d.close();
        }
        Files.deleteIfExists(config.pathsFile());
    }
}
