package org.opencheckin.simulators.link;

import org.opencheckin.simulators.pty.Pty;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.locks.LockSupport;

/**
 * A device on a pseudo-terminal. With a stable link path the address survives unplug/replug even when the
 * kernel hands out a different {@code /dev/pts/N}; without one the address is the slave path of the moment.
 */
public final class PtyLink implements HostLink {

    private final Path link;
    private volatile Pty pty;
    private volatile boolean closed;

    public PtyLink(Path link) throws IOException {
        this.link = link;
        this.pty = Pty.open(link);
    }

    @Override
    public int read(byte[] buffer, int timeoutMillis) throws IOException {
        if (closed) {
            return -1;
        }
        Pty current = pty;
        if (current == null) {
            LockSupport.parkNanos(Math.min(timeoutMillis, 50) * 1_000_000L);
            return 0;
        }
        int n = current.read(buffer, timeoutMillis);
        return n < 0 ? (closed ? -1 : 0) : n;
    }

    @Override
    public void write(byte[] data) throws IOException {
        Pty current = pty;
        if (current == null) {
            return;
        }
        try {
            current.write(data, 0, data.length);
        } catch (IOException e) {
            if (!current.isClosed()) {
                throw e;
            }
        }
    }

    @Override
    public String address() {
        Pty current = pty;
        if (link != null) {
            return link.toString();
        }
        return current == null ? "(unplugged)" : current.slavePath().toString();
    }

    /** The {@code /dev/pts/N} behind the address, or null while unplugged. */
    public Path slavePath() {
        Pty current = pty;
        return current == null ? null : current.slavePath();
    }

    @Override
    public synchronized void unplug() {
        Pty current = pty;
        pty = null;
        if (current != null) {
            current.close();
        }
    }

    @Override
    public synchronized void replug() throws IOException {
        if (pty == null && !closed) {
            pty = Pty.open(link);
        }
    }

    @Override
    public boolean isPlugged() {
        return pty != null;
    }

    @Override
    public synchronized void close() throws IOException {
        closed = true;
        Pty current = pty;
        pty = null;
        if (current != null) {
            current.closeAndUnlink();
        }
    }
}
