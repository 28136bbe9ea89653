package org.opencheckin.devices.testing;

import org.opencheckin.devices.transport.Transport;
import org.opencheckin.devices.transport.TransportException;

/** Hands out one byte array in chunks, then fails: lets a FrameReader run on fuzz input without waiting. */
public final class ScriptTransport implements Transport {
    private final byte[] bytes;
    private final int chunk;
    private int position;

    public ScriptTransport(byte[] bytes, int chunk) {
        this.bytes = bytes;
        this.chunk = Math.max(1, chunk);
    }

    @Override
    public String name() {
        return "script";
    }

    @Override
    public void open() {
    }

    @Override
    public boolean isOpen() {
        return true;
    }

    @Override
    public void write(byte[] data) {
    }

    @Override
    public int read(byte[] buffer, int offset, int length, long timeoutMillis) throws TransportException {
        if (position >= bytes.length) {
            throw new TransportException("script: end of input");
        }
        int n = Math.min(Math.min(length, chunk), bytes.length - position);
        System.arraycopy(bytes, position, buffer, offset, n);
        position += n;
        return n;
    }

    @Override
    public void discardInput() {
    }

    @Override
    public void close() {
    }
}
