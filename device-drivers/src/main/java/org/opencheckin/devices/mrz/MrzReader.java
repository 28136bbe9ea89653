package org.opencheckin.devices.mrz;

import org.opencheckin.devices.DeviceException;
import org.opencheckin.devices.DeviceRejectedException;
import org.opencheckin.devices.health.DeviceHealth;
import org.opencheckin.devices.health.SupervisedDevice;
import org.opencheckin.devices.mrz.codec.MrzFormatException;
import org.opencheckin.devices.mrz.codec.MrzParser;
import org.opencheckin.devices.mrz.document.MrzDocument;
import org.opencheckin.devices.mrz.protocol.OcrStream;
import org.opencheckin.devices.protocol.DeviceLink;
import org.opencheckin.devices.transport.Transport;
import org.opencheckin.devices.transport.TransportException;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Driver of a passport / ID-card OCR reader that sends the machine-readable zone unasked when a
 * document is swiped or placed (PROTOCOLS.md section 2). Both the framed 3M-style output and bare
 * CR-terminated lines are accepted on the same port.
 *
 * <p><b>Thread safety:</b> thread-safe; one caller reads at a time, others wait.
 *
 * <p><b>Exceptions:</b> {@link org.opencheckin.devices.DeviceConnectionException} when the port
 * is gone (OFFLINE until reconnected); {@link DeviceRejectedException} when a document arrived but
 * its MRZ does not verify (a 3M frame's BCC or structure, a check digit, the composite check
 * digit, a date): ask the guest to scan again. The message names the failing field, never its
 * content.
 *
 * <p><b>Damaged input:</b> a frame or line that pauses longer than {@link
 * MrzReaderConfig#interByteTimeout()} is discarded whole (logged, no rejection: the reader may
 * have sent noise), and bare lines count only as a complete set of one format within {@link
 * MrzReaderConfig#documentWindow()}; see {@link OcrStream}. Bytes of one scan are never combined
 * with bytes of another.
 */
public final class MrzReader implements SupervisedDevice, AutoCloseable {
    public static final String DEVICE = "MRZ reader";

    private final DeviceLink link;
    private final MrzReaderConfig config;
    private final Clock clock;
    private final OcrStream stream;
    private final byte[] chunk = new byte[256];

    public MrzReader(Transport transport, MrzReaderConfig config) {
        this(transport, config, Clock.systemUTC());
    }

    public MrzReader(Transport transport, MrzReaderConfig config, Clock clock) {
        this.link = new DeviceLink(DEVICE, transport, clock);
        this.config = config;
        this.clock = clock;
        this.stream = new OcrStream(config.interByteTimeout(), config.documentWindow());
    }

    /** Opens the port. The reader has no status command, so an open port is READY. */
    public void connect() throws DeviceException {
        link.connect("OPEN", () -> {
            stream.reset();
            return null;
        });
    }

    @Override
    public void reconnect() throws DeviceException {
        connect();
    }

    /**
     * Waits up to {@code timeout} for a document and returns its verified MRZ.
     *
     * @return the document, or empty when none was presented in time
     */
    public Optional<MrzDocument> readDocument(Duration timeout) throws DeviceException {
        return link.run("READ_MRZ", () -> {
            long deadline = System.nanoTime() + timeout.toNanos();
            // a document still arriving at the deadline may finish, for at most one document window
            long hardDeadline = deadline + config.documentWindow().toNanos();
            while (true) {
                Optional<OcrStream.Scan> scan = stream.poll();
                if (scan.isPresent()) {
                    return Optional.of(verify(scan.get()));
                }
                long now = System.nanoTime();
                if (now - hardDeadline >= 0 || (now - deadline >= 0 && !stream.assembling())) {
                    return Optional.empty();
                }
                long wait = Math.min(config.pollSlice().toNanos(), stream.nanosUntilQuiet(now));
                wait = Math.min(wait, (now - deadline < 0 ? deadline : hardDeadline) - now);
                int n;
                try {
                    n = link.transport().read(chunk, 0, chunk.length, Math.max(1, (wait + 999_999) / 1_000_000));
                } catch (TransportException e) {
                    throw link.lost("READ_MRZ", "read", e);
                }
                stream.received(chunk, 0, n, System.nanoTime());
            }
        });
    }

    private MrzDocument verify(OcrStream.Scan scan) throws DeviceRejectedException {
        try {
            if (scan instanceof OcrStream.DamagedFrame damaged) {
                throw new MrzFormatException("framed document discarded: " + damaged.reason());
            }
            return parse(((OcrStream.Lines) scan).lines());
        } catch (MrzFormatException e) {
            throw new DeviceRejectedException(DEVICE, "READ_MRZ", "decode", null,
                    e.getMessage() + "; ask the guest to scan the document again");
        }
    }

    private MrzDocument parse(List<String> lines) throws MrzFormatException {
        return MrzParser.parse(lines, LocalDate.now(clock));
    }

    @Override
    public String deviceName() {
        return DEVICE;
    }

    @Override
    public DeviceHealth health() {
        return link.currentHealth();
    }

    @Override
    public void close() {
        link.close();
    }
}
