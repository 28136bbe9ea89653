package org.opencheckin.devices.mrz;

import org.opencheckin.devices.DeviceException;
import org.opencheckin.devices.DeviceRejectedException;
import org.opencheckin.devices.health.DeviceHealth;
import org.opencheckin.devices.health.SupervisedDevice;
import org.opencheckin.devices.mrz.codec.MrzFormatException;
import org.opencheckin.devices.mrz.codec.MrzParser;
import org.opencheckin.devices.mrz.codec.OcrFrameCodec;
import org.opencheckin.devices.mrz.document.MrzDocument;
import org.opencheckin.devices.mrz.document.MrzFormat;
import org.opencheckin.devices.protocol.DeviceLink;
import org.opencheckin.devices.protocol.FrameReader;
import org.opencheckin.devices.protocol.NoReplyException;
import org.opencheckin.devices.transport.Transport;
import org.opencheckin.devices.transport.TransportException;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * its MRZ does not verify (a check digit, the composite check digit, a date): ask the guest to
 * scan again. The message names the failing field, never its content.
 */
public final class MrzReader implements SupervisedDevice, AutoCloseable {
    public static final String DEVICE = "MRZ reader";

    private final DeviceLink link;
    private final MrzReaderConfig config;
    private final Clock clock;
    private final FrameReader reader;

    public MrzReader(Transport transport, MrzReaderConfig config) {
        this(transport, config, Clock.systemUTC());
    }

    public MrzReader(Transport transport, MrzReaderConfig config, Clock clock) {
        this.link = new DeviceLink(DEVICE, transport, clock);
        this.config = config;
        this.clock = clock;
        this.reader = new FrameReader(transport, OcrFrameCodec.BOUNDARY);
    }

    /** Opens the port. The reader has no status command, so an open port is READY. */
    public void connect() throws DeviceException {
        link.connect("OPEN", () -> {
            reader.clearBuffer();
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
            List<String> pending = new ArrayList<>(3);
            long lastLine = 0;
            while (true) {
                long now = System.nanoTime();
                if (!pending.isEmpty() && now - lastLine > config.lineGap().toNanos()) {
                    pending.clear();
                }
                long left = deadline - now;
                if (left <= 0 && pending.isEmpty()) {
                    return Optional.empty();
                }
                long wait = Math.max(1, Math.min(config.pollSlice().toMillis(), left / 1_000_000L));
                if (left <= 0) {
                    wait = Math.max(1, (config.lineGap().toNanos() - (now - lastLine)) / 1_000_000L);
                }
                byte[] frame;
                try {
                    frame = reader.readFrame(wait);
                } catch (NoReplyException e) {
                    continue;
                } catch (TransportException e) {
                    throw link.lost("READ_MRZ", "read", e);
                }
                try {
                    if (OcrFrameCodec.isFramed(frame)) {
                        return Optional.of(parse(OcrFrameCodec.decode(frame).mrzLines()));
                    }
                    String line = OcrFrameCodec.decodeLine(frame);
                    MrzFormat format = MrzFormat.ofLineLength(line.length());
                    if (format == null) {
                        pending.clear();
                        continue;
                    }
                    if (!pending.isEmpty() && pending.get(0).length() != line.length()) {
                        pending.clear();
                    }
                    pending.add(line);
                    lastLine = System.nanoTime();
                    if (pending.size() == format.lines()) {
                        return Optional.of(parse(pending));
                    }
                } catch (MrzFormatException e) {
                    throw new DeviceRejectedException(DEVICE, "READ_MRZ", "decode", null,
                            e.getMessage() + "; ask the guest to scan the document again");
                }
            }
        });
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
