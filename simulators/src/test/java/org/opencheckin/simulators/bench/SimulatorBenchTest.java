package org.opencheckin.simulators.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencheckin.simulators.card.MifareClassic1k;
import org.opencheckin.simulators.cli.SimulatorsCli;
import org.opencheckin.simulators.lock.KeyCardPayload;
import org.opencheckin.simulators.testing.Crt591Host;
import org.opencheckin.simulators.testing.SerialHost;
import picocli.CommandLine;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.opencheckin.simulators.testing.Crt591Host.apdu;
import static org.opencheckin.simulators.testing.Crt591Host.data;
import static org.opencheckin.simulators.testing.Fixtures.hex;

class SimulatorBenchTest {

    static final String SECRET = "bench-secret";
    static final byte[] SECTOR_KEY = HexFormat.of().parseHex("A1B2C3D4E5F6");

    @TempDir
    Path dir;

    private String yaml() {
        return """
                fast: true
                dir: %s
                controlPort: 0
                idcard:
                  baud: 115200
                mrz:
                  mode: bare
                dispenser:
                  baud: 38400
                  cards: 20
                camera:
                  frames: 5
                locks:
                  hotelId: 7
                  secret: %s
                  sectorKey: A1B2C3D4E5F6
                """.formatted(dir, SECRET);
    }

    @Test
    void configParsesDefaultsAndOverrides() {
        BenchConfig c = BenchConfig.parse(yaml());
        assertThat(c.fast()).isTrue();
        assertThat(c.timing().cardMove()).isZero();
        assertThat(c.pathsFile()).isEqualTo(dir.resolve("devices.properties"));
        assertThat(c.idcard().exposure().link()).isEqualTo("idcard");
        assertThat(c.mrz().mode().name()).isEqualTo("BARE");
        assertThat(c.dispenser().cards()).isEqualTo(20);
        assertThat(c.dispenser().lowThreshold()).isEqualTo(10);
        assertThat(c.locks().hotelId()).isEqualTo(7);
        BenchConfig real = BenchConfig.parse("idcard: {tcpPort: 4001}\ntiming: {idReadMillis: [900, 1100]}\n");
        assertThat(real.timing().idReadMin()).isEqualTo(Duration.ofMillis(900));
        assertThat(real.timing().cardMove()).isEqualTo(Duration.ofSeconds(2));
        assertThat(real.idcard().exposure().tcpPort()).isEqualTo(4001);
        assertThat(real.dispenser()).isNull();
    }

    @Test
    void benchWritesThePathsFileAndIsDrivenOverTheControlPort() throws Exception {
        try (SimulatorBench bench = SimulatorBench.start(BenchConfig.parse(yaml()))) {
            Properties paths = new Properties();
            try (var in = Files.newInputStream(dir.resolve("devices.properties"))) {
                paths.load(in);
            }
            assertThat(paths.getProperty("idcard")).isEqualTo(dir.resolve("idcard").toString());
            assertThat(paths.getProperty("dispenser")).isEqualTo(dir.resolve("dispenser").toString());
            assertThat(paths.getProperty("camera")).endsWith("current/frame_%04d.jpg");
            String control = paths.getProperty("control");
            int port = Integer.parseInt(control.substring(control.indexOf(':') + 1));

            try (Socket socket = new Socket("127.0.0.1", port);
                 PrintWriter out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8);
                 BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                 SerialHost idcard = new SerialHost(paths.getProperty("idcard"), 115200)) {
                out.println("idcard place li-na");
                assertThat(in.readLine()).startsWith("OK");
                idcard.send(hex("idcard/find-card.request.hex"));
                assertThat(idcard.receiveSamFrame(2000)).isEqualTo(hex("idcard/find-card-found.reply.hex"));
                out.println("fault idcard SAM_FAILURE on");
                assertThat(in.readLine()).isEqualTo("OK idcard SAM_FAILURE on");
                idcard.send(hex("idcard/sam-status.request.hex"));
                assertThat(idcard.receiveSamFrame(2000)[9]).isEqualTo((byte) 0x60);
                out.println("clear idcard");
                assertThat(in.readLine()).isEqualTo("OK");
                out.println("fault mrz JAM");
                assertThat(in.readLine()).startsWith("ERR mrz cannot simulate JAM");
                out.println("idcard place nobody-such");
                assertThat(in.readLine()).startsWith("ERR no guest nobody-such");
            }

            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            PrintStream original = System.out;
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            int exit;
            try {
                exit = new CommandLine(new SimulatorsCli()).execute("control", "--port", String.valueOf(port), "camera", "nobody");
            } finally {
                System.setOut(original);
            }
            assertThat(exit).isZero();
            assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("OK NOBODY");
        }
        assertThat(dir.resolve("devices.properties")).doesNotExist();
    }

    @Test
    void aKeyEncodedThroughTheDispenserOpensItsDoorAndTheLockCommandSaysSo() throws Exception {
        try (SimulatorBench bench = SimulatorBench.start(BenchConfig.parse(yaml()));
             SerialHost line = new SerialHost(bench.dispenser().address(), 38400)) {
            Crt591Host host = new Crt591Host(line);
            long now = Instant.now().getEpochSecond();
            byte[] payload = KeyCardPayload.signed(SECRET.getBytes(StandardCharsets.UTF_8), 7, "1204", 1, now - 60, now + 3600, 42, 0).toBytes();
            host.ask(0x32, 0x32);
            host.ask(0x60, 0x30);
            assertThat(data(host.ask(0x60, 0x33, apdu(0x20, 1, MifareClassic1k.FACTORY_KEY)))).containsExactly(0x90, 0x00);
            for (int i = 0; i < 3; i++) {
                assertThat(data(host.ask(0x60, 0x33, apdu(0xD1, 4 + i, Arrays.copyOfRange(payload, 16 * i, 16 * i + 16))))).containsExactly(0x90, 0x00);
            }
            byte[] trailer = MifareClassic1k.trailer(SECTOR_KEY, MifareClassic1k.TRANSPORT_ACCESS_BITS, SECTOR_KEY);
            assertThat(data(host.ask(0x60, 0x33, apdu(0xD1, 7, trailer)))).containsExactly(0x90, 0x00);
            host.ask(0x60, 0x31);
            host.ask(0x32, 0x30);
            await().atMost(Duration.ofSeconds(2)).until(() -> bench.dispenser().takenCount() == 1);

            assertThat(bench.execute("lock 1204")).isEqualTo("OK OPENED");
            assertThat(bench.execute("lock 1205")).isEqualTo("OK WRONG_ROOM");
            assertThat(bench.execute("cards")).endsWith("OK 1 card(s) taken by guests");
        }
    }
}
