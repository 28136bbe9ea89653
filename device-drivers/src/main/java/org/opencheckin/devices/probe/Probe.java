package org.opencheckin.devices.probe;

import org.opencheckin.devices.DeviceException;
import org.opencheckin.devices.Hex;
import org.opencheckin.devices.dispenser.KeyCardDispenser;
import org.opencheckin.devices.dispenser.KeyCardDispenserConfig;
import org.opencheckin.devices.dispenser.KeyIssueResult;
import org.opencheckin.devices.dispenser.codec.DispenserStatus;
import org.opencheckin.devices.health.DeviceHealth;
import org.opencheckin.devices.idcard.IdCardRead;
import org.opencheckin.devices.idcard.IdCardReader;
import org.opencheckin.devices.idcard.IdCardReaderConfig;
import org.opencheckin.devices.idcard.document.ForeignPermanentResidentCard;
import org.opencheckin.devices.idcard.document.IdDocument;
import org.opencheckin.devices.idcard.document.ResidencePermit;
import org.opencheckin.devices.idcard.document.ResidentIdCard;
import org.opencheckin.devices.idcard.portrait.ImageIoPortraitDecoder;
import org.opencheckin.devices.idcard.portrait.Portrait;
import org.opencheckin.devices.mrz.MrzReader;
import org.opencheckin.devices.mrz.MrzReaderConfig;
import org.opencheckin.devices.mrz.document.MrzDocument;
import org.opencheckin.devices.transport.SerialSettings;
import org.opencheckin.devices.transport.SerialTransport;
import org.opencheckin.devices.transport.TcpTransport;
import org.opencheckin.devices.transport.Transport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The installer's probe: points one driver at a port and prints what the device says, as JSON.
 * <pre>
 * java -jar device-drivers-0.1.0-SNAPSHOT-probe.jar probe --device idcard|mrz|dispenser --port PATH
 *      [--baud N] [--show-pii] [--test-card --sector-key HEX12] [--wait SECONDS]
 * </pre>
 * {@code --port} is a serial device path ({@code /dev/ttyUSB0}, a pty) or {@code tcp:HOST:PORT}
 * for a serial device server. Exit codes: 0 the device answered correctly (and a reader read a
 * document, a test card was issued); 1 the device failed or did not answer; 2 usage error;
 * 3 a reader answered but no document was presented within {@code --wait}. Guest data is masked
 * unless {@code --show-pii}.
 */
@Command(name = "probe", mixinStandardHelpOptions = true,
        description = "Talk to one kiosk device and print its status (and one document or test card) as JSON.")
public final class Probe implements Callable<Integer> {
    static final int OK = 0;
    static final int DEVICE_FAILED = 1;
    static final int NO_DOCUMENT = 3;

    enum DeviceKind { idcard, mrz, dispenser }

    @Option(names = "--device", required = true, description = "idcard, mrz or dispenser")
    DeviceKind device;

    @Option(names = "--port", required = true, description = "serial device path, or tcp:HOST:PORT")
    String port;

    @Option(names = "--baud", description = "baud rate (default: 115200 idcard, 9600 mrz and dispenser)")
    Integer baud;

    @Option(names = "--show-pii", description = "print names, numbers, dates of birth and the photo unmasked")
    boolean showPii;

    @Option(names = "--test-card", description = "dispenser: encode, verify and eject one test card")
    boolean testCard;

    @Option(names = "--sector-key", description = "dispenser: 12 hex digits, the hotel's sector key for --test-card")
    String sectorKey;

    @Option(names = "--wait", defaultValue = "30", description = "seconds to wait for a document (default 30)")
    int waitSeconds;

    private PrintStream out = System.out;

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the probe; {@code args} may start with the word "probe". */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String[] rest = args.length > 0 && args[0].equals("probe") ? java.util.Arrays.copyOfRange(args, 1, args.length) : args;
        Probe probe = new Probe();
        probe.out = out;
        CommandLine cli = new CommandLine(probe);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(rest);
    }

    @Override
    public Integer call() {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("device", device.name());
        report.put("port", port);
        Transport transport = transport();
        int exit;
        try {
            exit = switch (device) {
                case idcard -> idcard(transport, report);
                case mrz -> mrz(transport, report);
                case dispenser -> dispenser(transport, report);
            };
        } catch (DeviceException e) {
            report.put("ok", false);
            report.put("error", e.getMessage());
            exit = DEVICE_FAILED;
        } catch (IllegalArgumentException e) {
            report.put("ok", false);
            report.put("error", e.getMessage());
            exit = CommandLine.ExitCode.USAGE;
        } finally {
            transport.close();
        }
        report.putIfAbsent("ok", exit == OK);
        out.println(Json.write(report));
        return exit;
    }

    private Transport transport() {
        if (port.startsWith("tcp:")) {
            String[] hostPort = port.substring(4).split(":");
            if (hostPort.length != 2) {
                throw new CommandLine.ParameterException(new CommandLine(this), "--port tcp:HOST:PORT expected");
            }
            return new TcpTransport(hostPort[0], Integer.parseInt(hostPort[1]), 3000);
        }
        int rate = baud != null ? baud : device == DeviceKind.idcard ? 115200 : 9600;
        return new SerialTransport(SerialSettings.of(port, rate));
    }

    private int idcard(Transport transport, Map<String, Object> report) throws DeviceException {
        try (IdCardReader reader = new IdCardReader(transport, IdCardReaderConfig.defaults(), new ImageIoPortraitDecoder())) {
            reader.connect();
            report.put("samStatus", "SUCCESS");
            report.put("samId", Hex.format(reader.samId()));
            report.put("health", health(reader.health()));
            Optional<IdCardRead> read = reader.readDocument(Duration.ofSeconds(waitSeconds));
            if (read.isEmpty()) {
                report.put("ok", false);
                report.put("error", "no card placed within " + waitSeconds + " s");
                return NO_DOCUMENT;
            }
            report.put("document", document(read.get().document()));
            report.put("photo", photo(read.get().portrait()));
            return OK;
        }
    }

    private int mrz(Transport transport, Map<String, Object> report) throws DeviceException {
        try (MrzReader reader = new MrzReader(transport, MrzReaderConfig.defaults())) {
            reader.connect();
            report.put("health", health(reader.health()));
            Optional<MrzDocument> read = reader.readDocument(Duration.ofSeconds(waitSeconds));
            if (read.isEmpty()) {
                report.put("ok", false);
                report.put("error", "no document presented within " + waitSeconds + " s");
                return NO_DOCUMENT;
            }
            MrzDocument d = read.get();
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("format", d.format().name());
            doc.put("documentCode", d.documentCode());
            doc.put("issuingState", d.issuingState());
            doc.put("documentNumber", mask(d.documentNumber()));
            doc.put("nationality", d.nationality());
            doc.put("surname", maskName(d.surname()));
            doc.put("givenNames", maskName(d.givenNames()));
            doc.put("birthDate", showPii ? d.birthDate().toString() : "****-**-**");
            doc.put("sex", d.sex().name());
            doc.put("expiryDate", d.expiryDate().toString());
            doc.put("checkDigitsVerified", true);
            doc.put("repaired", d.repaired());
            report.put("document", doc);
            return OK;
        }
    }

    private int dispenser(Transport transport, Map<String, Object> report) throws DeviceException {
        byte[] key = null;
        if (testCard) {
            if (sectorKey == null || !sectorKey.matches("[0-9A-Fa-f]{12}")) {
                throw new IllegalArgumentException("--test-card needs --sector-key with 12 hex digits");
            }
            key = Hex.parse(sectorKey);
        }
        try (KeyCardDispenser dispenser = new KeyCardDispenser(transport, KeyCardDispenserConfig.defaults())) {
            DispenserStatus status = dispenser.connect();
            report.put("status", Map.of("cardPosition", status.position().name(), "stacker", status.stacker().name(),
                    "rejectBinFull", status.rejectBinFull()));
            report.put("health", health(dispenser.health()));
            if (key != null) {
                KeyIssueResult result = dispenser.issueKey(testPayload(), key);
                report.put("testCard", Map.of("outcome", result.outcome().name(), "uid", Hex.format(result.cardUid()),
                        "cardsRejected", result.cardsRejected()));
                report.put("health", health(dispenser.health()));
            }
            return OK;
        }
    }

    /**
     * A payload in the layout of docs/keycard-format.md that no lock accepts: hotel id 0, room
     * "TEST", already expired validity, an all-zero MAC.
     */
    static byte[] testPayload() {
        ByteBuffer b = ByteBuffer.allocate(48);
        b.put((byte) 1).putInt(0).put("TEST  ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(0)
                .putInt(0).putInt(1).putLong(0).put((byte) 0);
        return b.array();
    }

    private Map<String, Object> health(DeviceHealth h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", h.state().name());
        m.put("lastError", h.lastError());
        return m;
    }

    private Map<String, Object> document(IdDocument document) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (document instanceof ResidentIdCard r) {
            m.put("type", "resident-id-card");
            m.put("name", maskName(r.name()));
            m.put("sex", r.sex().name());
            m.put("nationCode", r.nationCode());
            m.put("birthDate", showPii ? r.birthDate().toString() : "****-**-**");
            m.put("address", showPii ? r.address() : "***");
            m.put("idNumber", mask(r.idNumber()));
            m.put("issuingAuthority", r.issuingAuthority());
        } else if (document instanceof ResidencePermit p) {
            m.put("type", "hmt-residence-permit");
            m.put("name", maskName(p.name()));
            m.put("sex", p.sex().name());
            m.put("birthDate", showPii ? p.birthDate().toString() : "****-**-**");
            m.put("idNumber", mask(p.idNumber()));
            m.put("passNumber", mask(p.passNumber()));
            m.put("issueCount", p.issueCount());
        } else if (document instanceof ForeignPermanentResidentCard f) {
            m.put("type", "foreign-permanent-resident-card");
            m.put("englishName", maskName(f.englishName()));
            m.put("chineseName", maskName(f.chineseName()));
            m.put("sex", f.sex().name());
            m.put("nationality", f.nationality());
            m.put("birthDate", showPii ? f.birthDate().toString() : "****-**-**");
            m.put("cardNumber", mask(f.cardNumber()));
        }
        m.put("validFrom", document.validity().from().toString());
        m.put("validTo", document.validity().isLongTerm() ? "long-term" : document.validity().to().toString());
        m.put("checkDigitVerified", !(document instanceof ForeignPermanentResidentCard));
        return m;
    }

    private Map<String, Object> photo(Portrait portrait) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", portrait.format().name());
        m.put("bytes", portrait.encoded().length);
        m.put("decoded", portrait.isDecoded());
        m.put("data", showPii ? Base64.getEncoder().encodeToString(portrait.encoded()) : "masked");
        return m;
    }

    /** Keeps the first and last character: enough for an installer to compare with the card in hand. */
    String mask(String s) {
        if (showPii || s == null) {
            return s;
        }
        if (s.length() <= 2) {
            return "*".repeat(s.length());
        }
        return s.charAt(0) + "*".repeat(s.length() - 2) + s.charAt(s.length() - 1);
    }

    String maskName(String s) {
        if (showPii || s == null || s.isEmpty()) {
            return s;
        }
        return s.substring(0, 1) + "*".repeat(Math.max(0, s.codePointCount(0, s.length()) - 1));
    }

}
