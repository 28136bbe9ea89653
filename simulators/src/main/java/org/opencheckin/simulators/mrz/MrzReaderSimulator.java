package org.opencheckin.simulators.mrz;

import org.opencheckin.simulators.core.SimulatedDevice;
import org.opencheckin.simulators.core.Timing;
import org.opencheckin.simulators.guest.DocumentType;
import org.opencheckin.simulators.guest.Guest;
import org.opencheckin.simulators.link.HostLink;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An OCR passport reader that sends the MRZ by itself when a document is laid on its glass
 * (PROTOCOLS.md section 2, "How readers send it"). Two modes:
 * <ul>
 * <li>{@link Mode#FRAMED}, 3M RTE6701 style:
 * {@code SOH len "OU" STX flag line1 CR line2 CR line3 CR ETX BCC}; the last MRZ line always goes as
 * line 3 (a TD3's line 2 is sent empty), every line padded to 44 with {@code _}. The page does not fix
 * {@code len}, {@code flag} and {@code BCC}; this simulator uses: len = one byte counting "OU" through
 * ETX, flag = ASCII {@code 0}, BCC = XOR of len through ETX.</li>
 * <li>{@link Mode#BARE}: the bare lines, each ended by CR (or CR LF).</li>
 * </ul>
 * The host sends nothing; anything it does send is ignored, as by the real readers.
 */
public final class MrzReaderSimulator extends SimulatedDevice {

    public enum Mode { FRAMED, BARE }

    static final int SOH = 0x01;
    static final int STX = 0x02;
    static final int ETX = 0x03;
    static final int CR = 0x0D;
    static final int LF = 0x0A;
    static final int FRAMED_LINE_LENGTH = 44;

    private final Mode mode;
    private final boolean crLf;
    private volatile List<String> pending;
    private volatile long dueNanos;
    private volatile int sent;

    public MrzReaderSimulator(HostLink link, int baud, Timing timing, Mode mode, boolean crLf, long seed) {
        super("mrz", link, baud, timing, seed);
        this.mode = mode;
        this.crLf = crLf;
    }

    /** A guest lays their passport on the glass; the MRZ follows after the configured read time. */
    public void present(Guest guest) {
        if (guest.documentType() != DocumentType.PASSPORT) {
            throw new IllegalArgumentException(guest + " carries no passport");
        }
        presentLines(Td3Mrz.lines(guest));
    }

    /** Lays a document with these MRZ lines (2 or 3 lines: TD3, TD2 or TD1) on the glass. */
    public synchronized void presentLines(List<String> lines) {
        dueNanos = System.nanoTime() + timing.mrzRead().toNanos();
        pending = List.copyOf(lines);
    }

    /** How many MRZ messages went out since start. */
    public int sentCount() {
        return sent;
    }

    @Override
    protected void onReceived(byte[] data) {
        // An OCR reader only talks.
    }

    @Override
    protected void tick() {
        List<String> lines;
        synchronized (this) {
            lines = pending;
            if (lines == null || System.nanoTime() < dueNanos) {
                return;
            }
            pending = null;
        }
        try {
            sendReply(encode(lines));
            sent++;
        } catch (IOException e) {
            // unplugged while reading: the read is lost, as with a real reader
        }
    }

    byte[] encode(List<String> lines) {
        return mode == Mode.FRAMED ? framed(lines) : bare(lines, crLf);
    }

    static byte[] bare(List<String> lines, boolean crLf) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String line : lines) {
            out.writeBytes(line.getBytes(StandardCharsets.US_ASCII));
            out.write(CR);
            if (crLf) {
                out.write(LF);
            }
        }
        return out.toByteArray();
    }

    static byte[] framed(List<String> lines) {
        List<String> three = new ArrayList<>();
        three.add(lines.get(0));
        three.add(lines.size() == 3 ? lines.get(1) : "");
        three.add(lines.get(lines.size() - 1));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("OU".getBytes(StandardCharsets.US_ASCII));
        body.write(STX);
        body.write('0');
        for (String line : three) {
            String padded = line + "_".repeat(Math.max(0, FRAMED_LINE_LENGTH - line.length()));
            body.writeBytes(padded.getBytes(StandardCharsets.US_ASCII));
            body.write(CR);
        }
        body.write(ETX);
        byte[] b = body.toByteArray();
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.write(SOH);
        frame.write(b.length);
        frame.writeBytes(b);
        int bcc = b.length;
        for (byte x : b) {
            bcc ^= x;
        }
        frame.write(bcc & 0xFF);
        return frame.toByteArray();
    }

    @Override
    public String status() {
        return name + " " + address() + " mode=" + mode + " sent=" + sent + " faults=" + faults.snapshot();
    }
}
