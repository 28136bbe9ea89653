package org.opencheckin.devices.dispenser;

import org.opencheckin.devices.DeviceException;
import org.opencheckin.devices.DeviceRejectedException;
import org.opencheckin.devices.DeviceTimeoutException;
import org.opencheckin.devices.dispenser.codec.Crt591Command;
import org.opencheckin.devices.dispenser.codec.Crt591FrameException;
import org.opencheckin.devices.dispenser.codec.Crt591Reply;
import org.opencheckin.devices.dispenser.codec.DispenserStatus;
import org.opencheckin.devices.dispenser.codec.DispenserStatus.CardPosition;
import org.opencheckin.devices.dispenser.codec.DispenserStatus.StackerLevel;
import org.opencheckin.devices.dispenser.codec.MifareApdu;
import org.opencheckin.devices.dispenser.protocol.Crt591Protocol;
import org.opencheckin.devices.dispenser.protocol.OutcomeUnknownException;
import org.opencheckin.devices.health.DeviceHealth;
import org.opencheckin.devices.health.HealthState;
import org.opencheckin.devices.health.SupervisedDevice;
import org.opencheckin.devices.protocol.DeviceLink;
import org.opencheckin.devices.transport.Transport;

import java.time.Clock;

/**
 * Driver of a CRT-591-style key-card dispenser with a built-in MIFARE encoder (PROTOCOLS.md
 * section 3, docs/keycard-format.md).
 *
 * <p><b>Thread safety:</b> every public method is thread-safe; calls are serialised and
 * {@link #issueKey} holds the port for the whole issue, so nothing interleaves with it.
 *
 * <p><b>Physical commands</b> (initialise, move to RF, eject, capture, write block) are never sent
 * twice blindly: when one gets no valid reply the driver asks for the status and accepts the move
 * if the card is where it should be; otherwise it throws {@link DeviceTimeoutException} carrying
 * the status it saw.
 *
 * <p><b>Exceptions:</b> {@link org.opencheckin.devices.DeviceConnectionException} port gone
 * (OFFLINE); {@link DeviceTimeoutException} no valid reply after the bounded retries (OFFLINE when
 * silent, else FAULT); {@link DeviceRejectedException} the dispenser said 'N' (status bytes hold
 * 'N', CM, PM and the two error digits), the stacker is empty or the reject bin full (both FAULT),
 * a MIFARE step failed (status holds the card's status word) or no card of
 * {@link KeyCardDispenserConfig#maxCardsPerKey()} could be encoded. Health follows each status:
 * stacker low DEGRADED, empty or bin full FAULT.
 */
public final class KeyCardDispenser implements SupervisedDevice, AutoCloseable {
    public static final String DEVICE = "key-card dispenser";

    private final DeviceLink link;
    private final KeyCardDispenserConfig config;
    private final Crt591Protocol protocol;
    private final Operations operations = new Operations();

    public KeyCardDispenser(Transport transport, KeyCardDispenserConfig config) {
        this(transport, config, Clock.systemUTC());
    }

    public KeyCardDispenser(Transport transport, KeyCardDispenserConfig config, Clock clock) {
        this.link = new DeviceLink(DEVICE, transport, clock);
        this.config = config;
        this.protocol = new Crt591Protocol(link, config.transportRetries());
    }

    /** Opens the port and asks for the status (31 30). */
    public DispenserStatus connect() throws DeviceException {
        return link.connect("31 30", operations::status);
    }

    @Override
    public void reconnect() throws DeviceException {
        connect();
    }

    /** Card position, stacker level and reject bin (31 30); settles the health from them. */
    public DispenserStatus status() throws DeviceException {
        return link.run("31 30", operations::status);
    }

    /** Sensor status (31 31): the reply's status and data bytes as sent; their meaning varies by model. */
    public byte[] sensorStatus() throws DeviceException {
        return link.run("31 31", () -> {
            Crt591Reply r = operations.query(Crt591Command.STATUS, 0x31);
            byte[] st = r.status();
            byte[] data = r.data();
            byte[] out = new byte[st.length + data.length];
            System.arraycopy(st, 0, out, 0, st.length);
            System.arraycopy(data, 0, out, st.length, data.length);
            return out;
        });
    }

    /** Initialise (30 30), or 30 33 to initialise without moving a card. */
    public DispenserStatus initialise(boolean moveCard) throws DeviceException {
        int pm = moveCard ? 0x30 : 0x33;
        return link.run(code(Crt591Command.INITIALISE, pm), () -> operations.act(Crt591Command.INITIALISE, pm, null));
    }

    /** Moves a card (from the stacker if the channel is empty) to the RF position (32 32). */
    public DispenserStatus moveToRf() throws DeviceException {
        return link.run("32 32", operations::moveToRf);
    }

    /** Ejects the card to the gate (32 30). */
    public DispenserStatus eject() throws DeviceException {
        return link.run("32 30", operations::eject);
    }

    /** Captures the card into the reject bin (32 33). */
    public DispenserStatus capture() throws DeviceException {
        return link.run("32 33", operations::capture);
    }

    /** Moves the card to the holding position (32 39). */
    public DispenserStatus hold() throws DeviceException {
        return link.run("32 39", () -> operations.act(Crt591Command.MOVE, 0x39, null));
    }

    /** Activates the card at the RF position (60 30); returns its 4-byte UID. */
    public byte[] activateCard() throws DeviceException {
        return link.run("60 30", operations::activate);
    }

    /** Deactivates the card (60 31). */
    public void deactivateCard() throws DeviceException {
        link.run("60 31", () -> {
            operations.deactivate();
            return null;
        });
    }

    /** Loads key A for {@code sector}; returns the card's status word (90 00, or 63 00 for a wrong key). */
    public int loadKey(int sector, byte[] key) throws DeviceException {
        return link.run("60 33 load key", () -> operations.mifare(MifareApdu.loadKeyA(sector, key), "load key"));
    }

    /** Reads one block; throws {@link DeviceRejectedException} with the status word when the card refuses. */
    public byte[] readBlock(int block) throws DeviceException {
        return link.run("60 33 read block", () -> operations.readBlock(block));
    }

    /** Writes one block; returns the card's status word (90 00, 69 82, 65 81). */
    public int writeBlock(int block, byte[] data) throws DeviceException {
        return link.run("60 33 write block", () -> operations.writeBlock(block, data));
    }

    /**
     * Issues one key card: move a card to RF, activate, load the factory key, write the 48-byte
     * payload into blocks 4..6 and the sector trailer with {@code sectorKey}, load the sector key
     * again, read back and compare, deactivate, eject, and wait for the guest to take it. A card
     * that fails to write or verify goes to the reject bin and the next is tried, at most
     * {@link KeyCardDispenserConfig#maxCardsPerKey()} cards. A card not taken within
     * {@link KeyCardDispenserConfig#cardTakeTimeout()} is captured.
     *
     * @param payload48 the signed payload from the backend (docs/keycard-format.md)
     * @param sectorKey the hotel's 6-byte sector key; the factory key FF..FF is refused
     */
    public KeyIssueResult issueKey(byte[] payload48, byte[] sectorKey) throws DeviceException {
        KeyCardEncoder encoder = new KeyCardEncoder(operations, config);
        KeyCardEncoder.checkArguments(payload48, sectorKey);
        return link.run("ISSUE_KEY", () -> encoder.issue(payload48, sectorKey));
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

    private static String code(int cm, int pm) {
        return String.format("%02X %02X", cm, pm);
    }

    /** The dispenser's steps without locking, for use inside one operation. */
    final class Operations {

        DispenserStatus status() throws DeviceException {
            Crt591Reply r = query(Crt591Command.STATUS, 0x30);
            DispenserStatus s = decode(r, "31 30");
            settle(s);
            return s;
        }

        void settle(DispenserStatus s) {
            if (s.stacker() == StackerLevel.EMPTY) {
                link.health().settle(HealthState.FAULT, DEVICE + ": card stacker empty");
            } else if (s.rejectBinFull()) {
                link.health().settle(HealthState.FAULT, DEVICE + ": reject bin full");
            } else if (s.stacker() == StackerLevel.LOW) {
                link.health().settle(HealthState.DEGRADED, DEVICE + ": card stock low");
            } else {
                link.health().settle(HealthState.READY, null);
            }
        }

        void fault(String message) {
            link.health().settle(HealthState.FAULT, message);
        }

        Crt591Reply query(int cm, int pm) throws DeviceException {
            Crt591Reply r = protocol.query(new Crt591Command(config.address(), cm, pm, new byte[0]),
                    config.replyTimeout().toMillis());
            if (!r.positive()) {
                throw negative(r, "reply");
            }
            return r;
        }

        DispenserStatus moveToRf() throws DeviceException {
            return act(Crt591Command.MOVE, 0x32, CardPosition.RF);
        }

        DispenserStatus eject() throws DeviceException {
            return act(Crt591Command.MOVE, 0x30, CardPosition.GATE);
        }

        DispenserStatus capture() throws DeviceException {
            return act(Crt591Command.MOVE, 0x33, CardPosition.NONE);
        }

        /**
         * Sends a physical command once. Without a valid reply, asks for the status: the move
         * counts as done when the card is at {@code expected}; otherwise a timeout is thrown.
         */
        DispenserStatus act(int cm, int pm, CardPosition expected) throws DeviceException {
            Crt591Command command = Crt591Command.of(config.address(), cm, pm);
            Crt591Reply r;
            try {
                r = protocol.act(command, config.moveTimeout().toMillis());
            } catch (OutcomeUnknownException e) {
                DispenserStatus s = status();
                if (expected != null && s.position() == expected) {
                    return s;
                }
                throw new DeviceTimeoutException(DEVICE, command.code(), "reply, then status", s.encode(),
                        "no valid reply (" + e.getMessage() + "); status shows card "
                                + s.position() + (expected == null ? "" : ", expected " + expected), null);
            }
            if (!r.positive()) {
                DeviceRejectedException failure = negative(r, "reply");
                status();
                throw failure;
            }
            DispenserStatus s = decode(r, command.code());
            settle(s);
            return s;
        }

        byte[] activate() throws DeviceException {
            Crt591Reply r = protocol.query(Crt591Command.of(config.address(), Crt591Command.MIFARE, 0x30),
                    config.replyTimeout().toMillis());
            if (!r.positive()) {
                throw negative(r, "activate card");
            }
            byte[] uid = r.data();
            if (uid.length != 4 && uid.length != 7) {
                throw new DeviceRejectedException(DEVICE, "60 30", "activate card", r.statusBytes(),
                        "UID must be 4 or 7 bytes, got " + uid.length);
            }
            return uid;
        }

        void deactivate() throws DeviceException {
            Crt591Reply r = protocol.query(Crt591Command.of(config.address(), Crt591Command.MIFARE, 0x31),
                    config.replyTimeout().toMillis());
            if (!r.positive()) {
                throw negative(r, "deactivate card");
            }
        }

        /** A MIFARE APDU without physical effect (load key, read); returns the status word. */
        int mifare(byte[] apdu, String step) throws DeviceException {
            Crt591Reply r = protocol.query(new Crt591Command(config.address(), Crt591Command.MIFARE, 0x33, apdu),
                    config.replyTimeout().toMillis());
            return statusWord(r, step);
        }

        byte[] readBlock(int block) throws DeviceException {
            Crt591Reply r = protocol.query(new Crt591Command(config.address(), Crt591Command.MIFARE, 0x33,
                    MifareApdu.readBlock(block)), config.replyTimeout().toMillis());
            int sw = statusWord(r, "read block " + block);
            if (sw != MifareApdu.SW_OK) {
                throw new DeviceRejectedException(DEVICE, "60 33", "read block " + block, swBytes(sw),
                        "card refused the read");
            }
            try {
                return MifareApdu.blockData(r.data());
            } catch (Crt591FrameException e) {
                throw new DeviceRejectedException(DEVICE, "60 33", "read block " + block, swBytes(sw), e.getMessage());
            }
        }

        /**
         * Writes a block once. Without a valid reply it asks for the status and reports the write
         * as failed (status word 0) while the card is still at RF, so the card is verified never
         * and rejected instead; any other position is a timeout.
         */
        int writeBlock(int block, byte[] data) throws DeviceException {
            Crt591Command command = new Crt591Command(config.address(), Crt591Command.MIFARE, 0x33,
                    MifareApdu.writeBlock(block, data));
            Crt591Reply r;
            try {
                r = protocol.act(command, config.replyTimeout().toMillis());
            } catch (OutcomeUnknownException e) {
                DispenserStatus s = status();
                if (s.position() == CardPosition.RF) {
                    return 0;
                }
                throw new DeviceTimeoutException(DEVICE, "60 33", "write block " + block + ", then status",
                        s.encode(), "no valid reply; status shows card " + s.position(), null);
            }
            return statusWord(r, "write block " + block);
        }

        private int statusWord(Crt591Reply r, String step) throws DeviceException {
            if (!r.positive()) {
                throw negative(r, step);
            }
            try {
                return MifareApdu.statusWord(r.data());
            } catch (Crt591FrameException e) {
                throw new DeviceRejectedException(DEVICE, "60 33", step, r.statusBytes(), e.getMessage());
            }
        }

        private DispenserStatus decode(Crt591Reply r, String command) throws DeviceException {
            try {
                return DispenserStatus.decode(r.status());
            } catch (Crt591FrameException e) {
                throw new DeviceRejectedException(DEVICE, command, "decode status", r.statusBytes(), e.getMessage());
            }
        }

        private DeviceRejectedException negative(Crt591Reply r, String step) {
            return new DeviceRejectedException(DEVICE, code(r.cm(), r.pm()), step, r.statusBytes(),
                    "dispenser answered 'N', error " + r.errorCode());
        }
    }

    static byte[] swBytes(int sw) {
        return new byte[] {(byte) (sw >> 8), (byte) sw};
    }
}
