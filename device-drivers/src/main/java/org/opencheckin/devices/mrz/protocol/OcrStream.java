package org.opencheckin.devices.mrz.protocol;

import org.opencheckin.devices.mrz.codec.MrzFormatException;
import org.opencheckin.devices.mrz.codec.OcrFrameCodec;
import org.opencheckin.devices.mrz.document.MrzFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Cuts the OCR reader's unsolicited byte stream (PROTOCOLS.md section 2) into scans, so that bytes
 * of one document are never glued onto another: MRZ names have no check digit, and a stale byte
 * in front of a surname would pass every check.
 *
 * <p>Rules:
 * <ul>
 * <li><b>Inter-byte timeout.</b> A frame or bare line that stops for longer than the inter-byte
 * timeout is discarded whole. Silence is <i>proven</i> only by a read that came back empty
 * ({@link #quiet}); a gap seen only between two reads that both returned bytes ({@link #received})
 * may have been bytes waiting in the OS while nobody read, so after it the partial frame or line is
 * discarded and the rest of that burst is skipped too.</li>
 * <li><b>Damage skips the burst.</b> After anything damaged (a frame whose LEN, "OU" STX, ETX or BCC
 * fails, a line with a byte outside the MRZ alphabet or longer than 44, noise) every byte is
 * skipped until an SOH or proven silence, and no line of the damaged burst is ever used. An SOH
 * inside a failed frame is looked at again, so a good frame that followed without a pause is not
 * lost.</li>
 * <li><b>Bare lines</b> make a document only as a complete set of one format (TD1 3 x 30, TD2 2 x 36,
 * TD3 2 x 44) sent in one burst: within the document window, with no pause longer than the
 * inter-byte timeout and no damage between its lines. Lines of another length, a set of mixed
 * lengths and an incomplete set at a pause are dropped.</li>
 * </ul>
 * Discards are logged with a reason and byte counts, never with their content. Check digits are the
 * parser's business: a {@link Lines} scan still has to pass {@link org.opencheckin.devices.mrz.codec.MrzParser}.
 *
 * <p>Times are {@link System#nanoTime()} values passed in by the caller. Not thread-safe.
 */
public final class OcrStream {
    private static final Logger LOG = LoggerFactory.getLogger(OcrStream.class);
    private static final int MAX_LINE = 44;

    /** What the stream yields. */
    public sealed interface Scan permits Lines, DamagedFrame {
    }

    /** A document's MRZ lines, from one verified frame or one complete set of bare lines. */
    public record Lines(List<String> lines, boolean framed) implements Scan {
        public Lines {
            lines = List.copyOf(lines);
        }
    }

    /** A complete framed document that failed its LEN, ETX, BCC or line structure; discarded whole. */
    public record DamagedFrame(String reason) implements Scan {
    }

    private enum State {
        /** Expecting SOH or the first character of a bare line. */
        LINE_START,
        LINE,
        FRAME,
        /** After damage: only an SOH or proven silence ends this. */
        SKIP
    }

    private final long interByteNanos;
    private final long windowNanos;
    private final ArrayDeque<Scan> scans = new ArrayDeque<>();
    private final byte[] frame = new byte[OcrFrameCodec.MAX_FRAME];
    private int frameLength;
    private final char[] line = new char[MAX_LINE];
    private int lineLength;
    private long lineStartNanos;
    private final List<String> pending = new ArrayList<>(3);
    private long pendingStartNanos;
    private long lastByteNanos;
    private boolean anyByte;
    private State state = State.LINE_START;
    private long discards;

    /**
     * @param interByteTimeout longest silence inside a frame or a line
     * @param documentWindow   longest time from the start of a bare document's first line to the
     *                         CR of its last line
     */
    public OcrStream(Duration interByteTimeout, Duration documentWindow) {
        this.interByteNanos = interByteTimeout.toNanos();
        this.windowNanos = documentWindow.toNanos();
    }

    /** Forgets everything (after the port was reopened). */
    public void reset() {
        scans.clear();
        pending.clear();
        frameLength = 0;
        lineLength = 0;
        anyByte = false;
        state = State.LINE_START;
    }

    /** The next scan, if one is complete. */
    public Optional<Scan> poll() {
        return Optional.ofNullable(scans.poll());
    }

    /** True while a frame, a line or a set of bare lines is incomplete (a caller may wait a little longer). */
    public boolean assembling() {
        return partial() || !pending.isEmpty();
    }

    /** Nanoseconds from {@code now} until silence would count; a caller reading in slices waits no longer. */
    public long nanosUntilQuiet(long now) {
        if (!anyByte || !(partial() || state == State.SKIP || !pending.isEmpty())) {
            return Long.MAX_VALUE;
        }
        return Math.max(0, lastByteNanos + interByteNanos - now);
    }

    /** Partial frames, lines, line sets and noise runs discarded so far (diagnostics). */
    public long discards() {
        return discards;
    }

    /** A read that returned {@code count} bytes at {@code nanos}. */
    public void received(byte[] bytes, int offset, int count, long nanos) {
        if (count <= 0) {
            quiet(nanos);
            return;
        }
        if (anyByte && nanos - lastByteNanos >= interByteNanos) {
            if (partial()) {
                // the gap was not proven silent: the new bytes may continue the stale ones, skip them
                discardPartial("inter-byte timeout (gap seen between two reads)", State.SKIP);
            } else {
                dropPending("a pause (seen between two reads) after them");
            }
        }
        expirePending(nanos);
        anyByte = true;
        lastByteNanos = nanos;
        for (int i = offset; i < offset + count; i++) {
            accept(bytes[i], nanos);
        }
    }

    /** A read that waited until {@code nanos} and returned nothing: proven silence since the last byte. */
    public void quiet(long nanos) {
        expirePending(nanos);
        if (!anyByte || nanos - lastByteNanos >= interByteNanos) {
            if (partial()) {
                discardPartial("inter-byte timeout", State.LINE_START);
            } else {
                dropPending("a pause after them");
            }
            state = State.LINE_START;
        }
    }

    private boolean partial() {
        return state == State.FRAME || state == State.LINE;
    }

    private void accept(byte b, long nanos) {
        if (state == State.FRAME) {
            frameByte(b);
            return;
        }
        if (b == OcrFrameCodec.SOH) {
            if (state == State.LINE) {
                discardPartial("SOH inside a bare line", State.SKIP);
            }
            frame[0] = b;
            frameLength = 1;
            state = State.FRAME;
            return;
        }
        switch (state) {
            case LINE_START -> {
                if (b == OcrFrameCodec.CR || b == OcrFrameCodec.LF) {
                    return;
                }
                if (OcrFrameCodec.isMrzChar(b)) {
                    line[0] = (char) b;
                    lineLength = 1;
                    lineStartNanos = nanos;
                    state = State.LINE;
                } else {
                    damage("noise byte at a line start");
                }
            }
            case LINE -> {
                if (b == OcrFrameCodec.CR) {
                    endLine(nanos);
                } else if (!OcrFrameCodec.isMrzChar(b)) {
                    discardPartial("byte outside the MRZ alphabet in a bare line", State.SKIP);
                } else if (lineLength == MAX_LINE) {
                    discardPartial("bare line longer than " + MAX_LINE + " characters", State.SKIP);
                } else {
                    line[lineLength++] = (char) b;
                }
            }
            default -> {
                // SKIP: only SOH (above) or proven silence ends it
            }
        }
    }

    private void frameByte(byte b) {
        frame[frameLength++] = b;
        int len = frame[1] & 0xFF;
        if (frameLength == 2 && (len < OcrFrameCodec.MIN_LEN || len > OcrFrameCodec.MAX_LEN)) {
            failFrame("LEN " + len + " out of bounds", false);
        } else if ((frameLength == 3 && b != 'O') || (frameLength == 4 && b != 'U')
                || (frameLength == 5 && b != OcrFrameCodec.STX)) {
            failFrame("no \"OU\" STX after SOH LEN", false);
        } else if (frameLength > 2 && frameLength == 2 + len + 1) {
            byte[] complete = Arrays.copyOf(frame, frameLength);
            try {
                List<String> lines = OcrFrameCodec.decode(complete).mrzLines();
                frameLength = 0;
                state = State.LINE_START;
                pending.clear();
                scans.add(new Lines(lines, true));
            } catch (MrzFormatException e) {
                failFrame(e.getMessage(), true);
            }
        }
    }

    /**
     * Drops the frame being assembled and looks at its bytes after the SOH again in SKIP: only an
     * SOH there can start anything, so none of the damaged frame's lines is ever used.
     */
    private void failFrame(String reason, boolean complete) {
        byte[] tail = Arrays.copyOfRange(frame, 1, frameLength);
        int length = frameLength;
        frameLength = 0;
        discards++;
        pending.clear();
        if (complete) {
            LOG.warn("MRZ reader: framed document of {} bytes discarded: {}", length, reason);
            scans.add(new DamagedFrame(reason));
        } else {
            LOG.info("MRZ reader: SOH followed by {} bytes that cannot begin a frame ({}), skipped", length - 1, reason);
        }
        state = State.SKIP;
        for (byte t : tail) {
            accept(t, lastByteNanos);
        }
    }

    private void endLine(long nanos) {
        int length = lineLength;
        lineLength = 0;
        state = State.LINE_START;
        MrzFormat format = MrzFormat.ofLineLength(length);
        if (format == null) {
            discards++;
            LOG.info("MRZ reader: bare line of {} characters discarded (not 30, 36 or 44){}", length, droppedPending());
            pending.clear();
            state = State.SKIP;
            return;
        }
        if (!pending.isEmpty() && pending.get(0).length() != length) {
            discards++;
            LOG.info("MRZ reader: bare line of {} characters after {} of {}: the earlier lines are dropped",
                    length, pending.size(), pending.get(0).length());
            pending.clear();
        }
        if (pending.isEmpty()) {
            pendingStartNanos = lineStartNanos;
        }
        pending.add(new String(line, 0, length));
        if (pending.size() == format.lines()) {
            scans.add(new Lines(pending, false));
            pending.clear();
        }
    }

    private void expirePending(long nanos) {
        if (nanos - pendingStartNanos > windowNanos) {
            dropPending("the document window running out");
        }
    }

    private void dropPending(String why) {
        if (!pending.isEmpty()) {
            discards++;
            LOG.info("MRZ reader: {} bare line(s) of an incomplete document dropped after {}", pending.size(), why);
            pending.clear();
        }
    }

    private void discardPartial(String reason, State next) {
        discards++;
        if (state == State.FRAME) {
            LOG.info("MRZ reader: partial frame of {} bytes discarded: {}{}", frameLength, reason, droppedPending());
        } else if (state == State.LINE) {
            LOG.info("MRZ reader: partial bare line of {} characters discarded: {}{}", lineLength, reason, droppedPending());
        }
        frameLength = 0;
        lineLength = 0;
        pending.clear();
        state = next;
    }

    private void damage(String reason) {
        discards++;
        LOG.info("MRZ reader: {}; skipping to the next SOH or a pause{}", reason, droppedPending());
        pending.clear();
        state = State.SKIP;
    }

    private String droppedPending() {
        return pending.isEmpty() ? "" : " (and " + pending.size() + " earlier line(s) of the document)";
    }
}
