package org.opencheckin.simulators.core;

import java.io.ByteArrayOutputStream;

/**
 * The host's request bytes collected across reads, as a device's UART buffer holds them: a frame
 * whose bytes stop for longer than the inter-byte timeout is abandoned, like a real device does.
 * Each device's assembler decides which of the buffered bytes to keep after it has looked at them.
 */
public final class RequestBuffer {
    /** How long a device waits for the rest of a frame before it forgets the part it has. */
    public static final long INTER_BYTE_TIMEOUT_NANOS = 300_000_000L;

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private long lastBytesAt;

    /** Appends {@code data}, first dropping a partial frame that went stale, and returns all bytes held. */
    public byte[] append(byte[] data) {
        if (data.length > 0) {
            long now = System.nanoTime();
            if (buffer.size() > 0 && now - lastBytesAt > INTER_BYTE_TIMEOUT_NANOS) {
                buffer.reset();
            }
            lastBytesAt = now;
        }
        buffer.writeBytes(data);
        return buffer.toByteArray();
    }

    /** Keeps {@code held[from..]} (the bytes not consumed yet) and drops the rest. */
    public void keep(byte[] held, int from) {
        buffer.reset();
        buffer.write(held, from, held.length - from);
    }
}
