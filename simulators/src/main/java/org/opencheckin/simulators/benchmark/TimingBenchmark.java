package org.opencheckin.simulators.benchmark;

import org.opencheckin.simulators.core.Timing;
import org.opencheckin.simulators.dispenser.Crt591DispenserSimulator;
import org.opencheckin.simulators.guest.CardPhotos;
import org.opencheckin.simulators.guest.GuestRoster;
import org.opencheckin.simulators.idcard.SamIdCardReaderSimulator;
import org.opencheckin.simulators.link.PtyLink;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * How close the simulators' timing is to the configured line speed and action times, measured from the
 * host's side of a real pty. Run after {@code mvn -pl simulators -am install -DskipTests}:
 * <pre>java -cp simulators/target/opencheckin-simulators.jar org.opencheckin.simulators.benchmark.TimingBenchmark</pre>
 * Prints a Markdown table (results in docs/benchmarks/simulators.md). Takes about 30 s.
 */
public final class TimingBenchmark {

    private static final HexFormat HEX = HexFormat.of();

    private TimingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("ocsim-bench");
        GuestRoster roster = GuestRoster.bundled();
        System.out.println("| measurement | n | wire time (theory) | p50 | p95 | max | p50 / theory |");
        System.out.println("|---|---|---|---|---|---|---|");

        try (SamIdCardReaderSimulator reader = new SamIdCardReaderSimulator(new PtyLink(dir.resolve("id")), 115200, Timing.fast(), CardPhotos.none(), 1);
             Host host = new Host(reader)) {
            reader.start();
            List<Double> ms = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                reader.lift();
                reader.place(roster.get("zhang-wei"));
                host.ask("AAAAAA966900032001 22", 15);
                host.ask("AAAAAA966900032002 21", 19);
                ms.add(host.timed("AAAAAA966900033001 32", 1295));
            }
            row("ID read reply, 1,295 B at 115200 (fast mode)", ms, 1295 * 10 * 1000.0 / 115200);
        }
        for (int baud : new int[]{9600, 38400}) {
            try (Crt591DispenserSimulator dispenser = new Crt591DispenserSimulator(new PtyLink(dir.resolve("d" + baud)), baud, Timing.fast(), 0, false, Crt591DispenserSimulator.Stock.standard(), 1);
                 Host host = new Host(dispenser)) {
                dispenser.start();
                List<Double> ms = new ArrayList<>();
                for (int i = 0; i < 100; i++) {
                    ms.add(host.timed("F20000034331 3003B0", 12));
                }
                row("dispenser status round trip, 12 B reply at " + baud, ms, 12 * 10 * 1000.0 / baud);
            }
        }
        try (SamIdCardReaderSimulator reader = new SamIdCardReaderSimulator(new PtyLink(dir.resolve("idr")), 115200, Timing.realistic(), CardPhotos.none(), 1);
             Host host = new Host(reader)) {
            reader.start();
            List<Double> ms = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                reader.lift();
                reader.place(roster.get("li-na"));
                long t0 = System.nanoTime();
                host.ask("AAAAAA966900032001 22", 15);
                host.ask("AAAAAA966900032002 21", 19);
                host.ask("AAAAAA966900033001 32", 1295);
                ms.add((System.nanoTime() - t0) / 1e6);
            }
            row("find + select + read, realistic (read 0.8-1.2 s)", ms, 1000 + (15 + 19 + 1295) * 10 * 1000.0 / 115200);
        }
        try (Crt591DispenserSimulator dispenser = new Crt591DispenserSimulator(new PtyLink(dir.resolve("dr")), 38400, Timing.realistic(), 0, false, Crt591DispenserSimulator.Stock.standard(), 1);
             Host host = new Host(dispenser)) {
            dispenser.start();
            List<Double> move = new ArrayList<>();
            List<Double> write = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                move.add(host.timed(crt(0x32, 0x32, new byte[0]), 12));
                host.ask(crt(0x60, 0x30, new byte[0]), 16);
                host.ask(crt(0x60, 0x33, HEX.parseHex("0020000106FFFFFFFFFFFF")), 14);
                write.add(host.timed(crt(0x60, 0x33, HEX.parseHex("00D1000410" + "00".repeat(16))), 14));
                host.ask(crt(0x32, 0x33, new byte[0]), 12);
            }
            row("card move to RF, realistic (2 s)", move, 2000 + 12 * 10 * 1000.0 / 38400);
            row("MIFARE block write, realistic (0.2 s)", write, 200 + 14 * 10 * 1000.0 / 38400);
        }
        System.out.println();
        System.out.println("java " + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors() + " cores");
    }

    private static String crt(int cm, int pm, byte[] data) {
        byte[] f = new byte[4 + 3 + data.length + 2];
        int len = 3 + data.length;
        f[0] = (byte) 0xF2;
        f[2] = (byte) (len >> 8);
        f[3] = (byte) len;
        f[4] = 'C';
        f[5] = (byte) cm;
        f[6] = (byte) pm;
        System.arraycopy(data, 0, f, 7, data.length);
        f[f.length - 2] = 0x03;
        byte bcc = 0;
        for (int i = 0; i < f.length - 1; i++) {
            bcc ^= f[i];
        }
        f[f.length - 1] = bcc;
        return HEX.formatHex(f);
    }

    private static void row(String what, List<Double> ms, double theory) {
        List<Double> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        double p50 = sorted.get(sorted.size() / 2);
        double p95 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1));
        double max = sorted.get(sorted.size() - 1);
        System.out.printf(Locale.ROOT, "| %s | %d | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %.3f |%n", what, ms.size(), theory, p50, p95, max, p50 / theory);
    }

    /** The host's end: the pty slave opened as a plain file (the simulator put it in raw mode). */
    private static final class Host implements AutoCloseable {
        private final RandomAccessFile file;

        Host(org.opencheckin.simulators.core.SimulatedDevice device) throws IOException {
            this.file = new RandomAccessFile(device.address(), "rw");
        }

        void ask(String hex, int replyBytes) throws IOException {
            file.write(HEX.parseHex(hex.replace(" ", "")));
            file.readFully(new byte[replyBytes]);
        }

        double timed(String hex, int replyBytes) throws IOException {
            long t0 = System.nanoTime();
            ask(hex, replyBytes);
            return (System.nanoTime() - t0) / 1e6;
        }

        @Override
        public void close() throws IOException {
            file.close();
        }
    }
}
