package org.opencheckin.simulators.idcard;

import org.opencheckin.simulators.core.Fault;
import org.opencheckin.simulators.core.SimulatedDevice;
import org.opencheckin.simulators.core.Timing;
import org.opencheckin.simulators.guest.CardPhotos;
import org.opencheckin.simulators.guest.Guest;
import org.opencheckin.simulators.link.HostLink;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * A Chinese 2nd-generation ID-card reader with its SAM module, from the device's side (PROTOCOLS.md
 * section 1). A card is placed on and lifted off through {@link #place} and {@link #lift}; like the real
 * reader, once a card has been read, "find card" fails until the card is lifted and placed again.
 */
public final class SamIdCardReaderSimulator extends SimulatedDevice {

    // SW3 status codes, PROTOCOLS.md section 1.
    static final int OK = 0x90;
    static final int NO_CONTENT = 0x91;
    static final int CARD_FOUND = 0x9F;
    static final int CHECKSUM_ERROR = 0x10;
    static final int COMMAND_ERROR = 0x21;
    static final int READ_FAILED = 0x41;
    static final int SAM_SELF_CHECK_FAILED = 0x60;
    static final int FIND_FAILED = 0x80;
    static final int SELECT_FAILED = 0x81;

    /** The 16-byte SAM id this reader reports (command 12 FF). */
    public static final byte[] SAM_ID = "OPENCHECKIN-SAM1".getBytes(StandardCharsets.US_ASCII);

    private final CardPhotos photos;
    private final SamFrames.Assembler assembler = new SamFrames.Assembler();
    private volatile Guest card;
    private boolean found;
    private boolean selected;
    private volatile boolean readSincePlaced;

    public SamIdCardReaderSimulator(HostLink link, int baud, Timing timing, CardPhotos photos, long seed) {
        super("idcard", link, baud, timing, seed);
        this.photos = photos;
    }

    /** A guest lays their card on the reader. */
    public synchronized void place(Guest guest) {
        if (!guest.documentType().isSamCard()) {
            throw new IllegalArgumentException(guest + " carries a passport, not a SAM card");
        }
        card = guest;
        readSincePlaced = false;
        found = false;
        selected = false;
    }

    /** The card is taken off the reader. */
    public synchronized void lift() {
        card = null;
        found = false;
        selected = false;
    }

    public Guest card() {
        return card;
    }

    @Override
    protected Set<Fault> supportedFaults() {
        Set<Fault> set = super.supportedFaults();
        set.addAll(EnumSet.of(Fault.NAK, Fault.SAM_FAILURE, Fault.CARD_REMOVED_MID_READ));
        return set;
    }

    @Override
    protected void onReceived(byte[] data) throws IOException {
        SamFrames.Event event = assembler.add(data);
        while (event != null) {
            if (event instanceof SamFrames.Garbled garbled) {
                sendReply(SamFrames.reply(garbled.sw3(), new byte[0]));
            } else if (event instanceof SamFrames.Complete complete) {
                if (faults.take(Fault.NAK)) {
                    sendReply(SamFrames.reply(CHECKSUM_ERROR, new byte[0]));
                } else {
                    sendReply(handle(complete.request()));
                }
            }
            event = assembler.add(new byte[0]);
        }
    }

    byte[] handle(SamFrames.Request r) {
        boolean samFailed = faults.isArmed(Fault.SAM_FAILURE);
        int command = (r.cmd() << 8) | r.para();
        if (samFailed && command != 0x10FF) {
            return SamFrames.reply(SAM_SELF_CHECK_FAILED, new byte[0]);
        }
        return switch (command) {
            case 0x10FF -> resetSam();
            case 0x11FF -> SamFrames.reply(OK, new byte[0]);
            case 0x12FF -> SamFrames.reply(OK, SAM_ID);
            case 0x2001 -> findCard();
            case 0x2002 -> selectCard();
            case 0x3001 -> read(false);
            case 0x3003 -> newAddress();
            case 0x3010 -> read(true);
            default -> SamFrames.reply(COMMAND_ERROR, new byte[0]);
        };
    }

    private synchronized byte[] resetSam() {
        found = false;
        selected = false;
        return SamFrames.reply(faults.isArmed(Fault.SAM_FAILURE) ? SAM_SELF_CHECK_FAILED : OK, new byte[0]);
    }

    private synchronized byte[] findCard() {
        if (card == null || readSincePlaced) {
            return SamFrames.reply(FIND_FAILED, new byte[0]);
        }
        found = true;
        return SamFrames.reply(CARD_FOUND, new byte[4]);
    }

    private synchronized byte[] selectCard() {
        if (card == null || !found) {
            return SamFrames.reply(SELECT_FAILED, new byte[0]);
        }
        selected = true;
        return SamFrames.reply(OK, cardSerial(card));
    }

    private byte[] read(boolean withFingerprint) {
        Guest guest;
        synchronized (this) {
            guest = selected ? card : null;
        }
        if (guest == null) {
            return SamFrames.reply(READ_FAILED, new byte[0]);
        }
        if (faults.take(Fault.CARD_REMOVED_MID_READ)) {
            Timing.sleep(timing.idRead().dividedBy(2));
            lift();
            return SamFrames.reply(READ_FAILED, new byte[0]);
        }
        Timing.sleep(timing.idRead());
        synchronized (this) {
            if (card != guest) {
                return SamFrames.reply(READ_FAILED, new byte[0]);
            }
            readSincePlaced = true;
            found = false;
            selected = false;
        }
        byte[] text = IdCardText.encode(guest);
        byte[] photo = photos.photoField(guest);
        int fingerprintLength = withFingerprint ? guest.fingerprintLength() : 0;
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        writeWord(data, text.length);
        writeWord(data, photo.length);
        if (withFingerprint) {
            writeWord(data, fingerprintLength);
        }
        data.writeBytes(text);
        data.writeBytes(photo);
        data.writeBytes(fingerprint(guest, fingerprintLength));
        return SamFrames.reply(OK, data.toByteArray());
    }

    private synchronized byte[] newAddress() {
        if (card == null) {
            return SamFrames.reply(READ_FAILED, new byte[0]);
        }
        if (card.newAddress() == null) {
            return SamFrames.reply(NO_CONTENT, new byte[0]);
        }
        return SamFrames.reply(OK, IdCardText.newAddress(card.newAddress()));
    }

    private static void writeWord(ByteArrayOutputStream out, int value) {
        out.write(value >> 8);
        out.write(value);
    }

    /** A stable, made-up 8-byte card serial (the select-card reply's data). */
    static byte[] cardSerial(Guest guest) {
        return Arrays.copyOf(sha256(guest.id() + "/serial"), 8);
    }

    /** A stable, made-up fingerprint template of the card's length. */
    static byte[] fingerprint(Guest guest, int length) {
        byte[] out = new byte[length];
        byte[] seed = sha256(guest.id() + "/fingerprint");
        for (int i = 0; i < length; i++) {
            out[i] = (byte) (seed[i % seed.length] ^ i);
        }
        return out;
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized String status() {
        return name + " " + address() + " card=" + (card == null ? "none" : card.id())
                + (readSincePlaced ? " (read, lift to read again)" : "") + " faults=" + faults.snapshot();
    }
}
