package org.opencheckin.devices.idcard;

import org.opencheckin.devices.DeviceException;
import org.opencheckin.devices.DeviceRejectedException;
import org.opencheckin.devices.health.DeviceHealth;
import org.opencheckin.devices.health.HealthState;
import org.opencheckin.devices.health.SupervisedDevice;
import org.opencheckin.devices.idcard.codec.CardContent;
import org.opencheckin.devices.idcard.codec.IdCardTextDecoder;
import org.opencheckin.devices.idcard.codec.IdCardTextException;
import org.opencheckin.devices.idcard.codec.SamCommand;
import org.opencheckin.devices.idcard.codec.SamFrameException;
import org.opencheckin.devices.idcard.codec.SamResponse;
import org.opencheckin.devices.idcard.codec.SamStatus;
import org.opencheckin.devices.idcard.document.IdDocument;
import org.opencheckin.devices.idcard.portrait.Portrait;
import org.opencheckin.devices.idcard.portrait.PortraitDecodeException;
import org.opencheckin.devices.idcard.portrait.PortraitDecoder;
import org.opencheckin.devices.protocol.DeviceLink;
import org.opencheckin.devices.idcard.protocol.SamProtocol;
import org.opencheckin.devices.transport.Transport;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Driver of a 2nd-generation resident ID card reader with a SAM module (PROTOCOLS.md section 1).
 *
 * <p>The kiosk's read loop: {@link #readDocument} (find card, polled no faster than every 300 ms,
 * then select, read and decode), then {@link #awaitRemoval} before the next guest; after a
 * {@link DeviceRejectedException} ask the guest to lift and re-place the card.
 *
 * <p><b>Thread safety:</b> every public method is thread-safe; calls are serialised, one request
 * in flight on the port at a time. A call waits for the previous one to finish.
 *
 * <p><b>Exceptions:</b>
 * <ul>
 *   <li>{@link org.opencheckin.devices.DeviceConnectionException}: the port is gone or not open;
 *       health OFFLINE until {@link #reconnect()} (a supervisor does that).</li>
 *   <li>{@link org.opencheckin.devices.DeviceTimeoutException}: no valid reply after
 *       {@link IdCardReaderConfig#transportRetries()} resends; OFFLINE when the reader was silent,
 *       FAULT when it sent only garbage.</li>
 *   <li>{@link DeviceRejectedException}: the reader answered with a failure SW3 (e.g. 41 read
 *       failed after the card was lifted mid-read, 81 select failed, 40 unknown card type) or the
 *       card's text failed validation; {@link DeviceException#status()} holds SW1 SW2 SW3. Ask the
 *       guest to lift and re-place the card. SAM faults (60, 66) also set health FAULT.</li>
 * </ul>
 * Messages never contain guest data.
 */
public final class IdCardReader implements SupervisedDevice, AutoCloseable {
    public static final String DEVICE = "ID reader";

    private final DeviceLink link;
    private final IdCardReaderConfig config;
    private final PortraitDecoder portraitDecoder;
    private final SamProtocol protocol;

    public IdCardReader(Transport transport, IdCardReaderConfig config, PortraitDecoder portraitDecoder) {
        this(transport, config, portraitDecoder, Clock.systemUTC());
    }

    public IdCardReader(Transport transport, IdCardReaderConfig config, PortraitDecoder portraitDecoder, Clock clock) {
        this.link = new DeviceLink(DEVICE, transport, clock);
        this.config = config;
        this.portraitDecoder = portraitDecoder;
        this.protocol = new SamProtocol(link, config.transportRetries());
    }

    /** Opens the port and checks the SAM (command 11 FF); READY on success. */
    public void connect() throws DeviceException {
        link.connect("SAM_STATUS", this::checkSam);
    }

    @Override
    public void reconnect() throws DeviceException {
        connect();
    }

    /** Asks the SAM module for its status (11 FF); throws if it is not OK. */
    public SamStatus samStatus() throws DeviceException {
        return link.run("SAM_STATUS", this::checkSam);
    }

    private SamStatus checkSam() throws DeviceException {
        SamResponse r = protocol.exchange(SamCommand.SAM_STATUS, config.replyTimeout().toMillis());
        return expectSuccess(SamCommand.SAM_STATUS, r).status();
    }

    /** Resets the SAM module (10 FF). */
    public void resetSam() throws DeviceException {
        link.run("RESET_SAM", () -> expectSuccess(SamCommand.RESET_SAM,
                protocol.exchange(SamCommand.RESET_SAM, config.replyTimeout().toMillis())));
    }

    /** The SAM's 16-byte id (12 FF), as printed on the module's label. */
    public byte[] samId() throws DeviceException {
        return link.run("READ_SAM_ID", () -> {
            SamResponse r = expectSuccess(SamCommand.READ_SAM_ID,
                    protocol.exchange(SamCommand.READ_SAM_ID, config.replyTimeout().toMillis()));
            byte[] data = r.data();
            if (data.length != 16) {
                throw new DeviceRejectedException(DEVICE, "READ_SAM_ID", "reply", r.statusBytes(),
                        "SAM id must be 16 bytes, got " + data.length);
            }
            return data;
        });
    }

    /**
     * Polls find-card (20 01) every {@link IdCardReaderConfig#findCardInterval()} until a card is
     * there or the next poll would come after {@code timeout}; a zero timeout polls once.
     *
     * @return true when a card was found
     */
    public boolean awaitCard(Duration timeout) throws DeviceException {
        return link.run("FIND_CARD", () -> pollCard(timeout, true));
    }

    /**
     * Polls find-card until no card answers (the guest lifted it) or {@code timeout} elapsed.
     * A card that was read answers no more finds until lifted and re-placed, so this tells
     * "still lying there" from "gone" only as far as the reader can.
     *
     * @return true when no card was found within the timeout window
     */
    public boolean awaitRemoval(Duration timeout) throws DeviceException {
        return link.run("FIND_CARD", () -> pollCard(timeout, false));
    }

    /**
     * The whole read: wait up to {@code waitForCard} for a card, select it, read text and photo,
     * decode and validate the text, decode the portrait.
     *
     * @return the read, or empty when no card was placed in time
     */
    public Optional<IdCardRead> readDocument(Duration waitForCard) throws DeviceException {
        return link.run("READ_DOCUMENT", () -> {
            if (!pollCard(waitForCard, true)) {
                return Optional.empty();
            }
            return Optional.of(selectAndRead());
        });
    }

    /** Reads the newer address record (30 03); empty when the card has none (SW3 91). */
    public Optional<String> readNewAddress() throws DeviceException {
        return link.run("READ_NEW_ADDRESS", () -> {
            SamResponse r = protocol.exchange(SamCommand.READ_NEW_ADDRESS, config.replyTimeout().toMillis());
            if (r.status() == SamStatus.NO_CONTENT) {
                return Optional.empty();
            }
            expectSuccess(SamCommand.READ_NEW_ADDRESS, r);
            return Optional.of(new String(r.data(), StandardCharsets.UTF_16LE).strip());
        });
    }

    private boolean pollCard(Duration timeout, boolean wantCard) throws DeviceException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            SamResponse r = protocol.exchange(SamCommand.FIND_CARD, config.replyTimeout().toMillis());
            boolean present;
            if (r.status() == SamStatus.CARD_FOUND) {
                present = true;
            } else if (r.status() == SamStatus.FIND_CARD_FAILED) {
                present = false;
            } else {
                throw rejected(SamCommand.FIND_CARD, r, "find card");
            }
            if (present == wantCard) {
                return true;
            }
            long interval = config.findCardInterval().toNanos();
            if (deadline - System.nanoTime() < interval) {
                return false;
            }
            sleep(interval);
        }
    }

    private IdCardRead selectAndRead() throws DeviceException {
        expectSuccess(SamCommand.SELECT_CARD, protocol.exchange(SamCommand.SELECT_CARD, config.replyTimeout().toMillis()));
        SamCommand read = config.readFingerprint() ? SamCommand.READ_TEXT_PHOTO_FINGERPRINT : SamCommand.READ_TEXT_PHOTO;
        SamResponse r = expectSuccess(read, protocol.exchange(read, config.readTimeout().toMillis()));
        CardContent content;
        IdDocument document;
        try {
            content = CardContent.decode(r.data(), config.readFingerprint());
            document = IdCardTextDecoder.decode(content.text());
        } catch (IdCardTextException | SamFrameException e) {
            throw new DeviceRejectedException(DEVICE, read.name(), "decode text", r.statusBytes(),
                    "card text invalid, ask the guest to re-place the card: " + e.getMessage());
        }
        Portrait portrait;
        try {
            portrait = portraitDecoder.decode(content.photo());
        } catch (PortraitDecodeException e) {
            throw new DeviceRejectedException(DEVICE, read.name(), "decode portrait", r.statusBytes(), e.getMessage());
        }
        return new IdCardRead(document, portrait, content.fingerprint());
    }

    private SamResponse expectSuccess(SamCommand command, SamResponse r) throws DeviceException {
        if (r.status() != SamStatus.SUCCESS) {
            throw rejected(command, r, "reply");
        }
        return r;
    }

    private DeviceRejectedException rejected(SamCommand command, SamResponse r, String step) {
        String detail = r.status().meaning();
        if (r.status() == SamStatus.READ_FAILED || r.status() == SamStatus.SELECT_CARD_FAILED) {
            detail += "; ask the guest to lift and re-place the card";
        }
        if (r.status().isSamFault()) {
            link.health().settle(HealthState.FAULT, null);
        }
        return new DeviceRejectedException(DEVICE, command.name(), step, r.statusBytes(), detail);
    }

    private static void sleep(long nanos) throws DeviceException {
        try {
            Thread.sleep(nanos / 1_000_000L, (int) (nanos % 1_000_000L));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeviceException(DEVICE, "FIND_CARD", "wait", null, "interrupted", e);
        }
    }

    @Override
    public String deviceName() {
        return DEVICE;
    }

    @Override
    public DeviceHealth health() {
        return link.currentHealth();
    }

    /** Closes the port; the reader is OFFLINE until {@link #connect()}. */
    @Override
    public void close() {
        link.close();
    }
}
