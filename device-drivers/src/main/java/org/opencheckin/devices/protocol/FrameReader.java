package org.opencheckin.devices.protocol;

import org.opencheckin.devices.codec.FrameBoundary;
import org.opencheckin.devices.codec.MalformedFrameException;
import org.opencheckin.devices.transport.Transport;
import org.opencheckin.devices.transport.TransportException;

import java.util.Arrays;

/**
 * Cuts frames out of a transport's byte stream with one buffer of the codec's maximum frame
 * size, allocated once: leading garbage is skipped, a header with an impossible length costs one
 * byte and a new search, and a frame is copied out only when it is complete. Not thread-safe.
 */
public final class FrameReader {
    private final Transport transport;
    private final FrameBoundary boundary;
    private final byte[] buffer;
    private int length;
    private int discarded;

    public FrameReader(Transport transport, FrameBoundary boundary) {
        this.transport = transport;
        this.boundary = boundary;
        this.buffer = new byte[boundary.maxFrameLength()];
    }

    /** Drops buffered bytes and whatever the transport has pending (before a retry). */
    public void reset() throws TransportException {
        length = 0;
        transport.discardInput();
    }

    /** Drops buffered bytes only. */
    public void clearBuffer() {
        length = 0;
    }

    /** Garbage bytes skipped since construction (for diagnostics). */
    public int discardedBytes() {
        return discarded;
    }

    /**
     * Returns the next complete frame (not yet checksum-verified; the codec does that).
     *
     * @throws NoReplyException  when no complete frame arrived within {@code timeoutMillis}
     * @throws TransportException when the port failed
     */
    public byte[] readFrame(long timeoutMillis) throws NoReplyException, TransportException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        while (true) {
            int start = boundary.frameStart(buffer, 0, length);
            if (start > 0) {
                drop(start);
            }
            if (length > 0) {
                int total;
                try {
                    total = boundary.frameLength(buffer, 0, length);
                } catch (MalformedFrameException e) {
                    drop(1);
                    continue;
                }
                if (total > 0 && length >= total) {
                    byte[] frame = Arrays.copyOf(buffer, total);
                    System.arraycopy(buffer, total, buffer, 0, length - total);
                    length -= total;
                    return frame;
                }
            }
            long remainingMillis = (deadline - System.nanoTime()) / 1_000_000L;
            if (remainingMillis <= 0) {
                throw new NoReplyException("no complete frame within " + timeoutMillis + " ms ("
                        + length + " bytes of a partial frame, " + discarded + " garbage bytes skipped)", length);
            }
            int n = transport.read(buffer, length, buffer.length - length, remainingMillis);
            length += n;
        }
    }

    private void drop(int count) {
        System.arraycopy(buffer, count, buffer, 0, length - count);
        length -= count;
        discarded += count;
    }
}
