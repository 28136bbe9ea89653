package org.opencheckin.devices.testing;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;

import java.nio.charset.StandardCharsets;

/**
 * A real pseudo-terminal through libc's openpty (JNA): the driver opens {@link #slavePath()}
 * with jSerialComm like any serial port, the test plays the device on the master side.
 */
public final class Pty implements AutoCloseable {

    interface LibC extends Library {
        int openpty(IntByReference master, IntByReference slave, byte[] name, Pointer termios, Pointer winsize);

        int read(int fd, byte[] buffer, long count);

        int write(int fd, byte[] buffer, long count);

        int close(int fd);

        int poll(byte[] fds, long nfds, int timeout);
    }

    private static final LibC LIBC = load();

    private static LibC load() {
        try {
            return Native.load("c", LibC.class);
        } catch (UnsatisfiedLinkError e) {
            return Native.load("util", LibC.class);
        }
    }

    private final int master;
    private final int slave;
    private final String slavePath;
    private boolean masterOpen = true;

    private Pty(int master, int slave, String slavePath) {
        this.master = master;
        this.slave = slave;
        this.slavePath = slavePath;
    }

    public static Pty open() {
        IntByReference m = new IntByReference();
        IntByReference s = new IntByReference();
        byte[] name = new byte[128];
        if (LIBC.openpty(m, s, name, null, null) != 0) {
            throw new IllegalStateException("openpty failed");
        }
        int end = 0;
        while (end < name.length && name[end] != 0) {
            end++;
        }
        return new Pty(m.getValue(), s.getValue(), new String(name, 0, end, StandardCharsets.US_ASCII));
    }

    /** e.g. /dev/pts/7 */
    public String slavePath() {
        return slavePath;
    }

    /** Writes bytes as the device. */
    public void write(byte[] bytes) {
        int off = 0;
        while (off < bytes.length) {
            byte[] chunk = off == 0 ? bytes : java.util.Arrays.copyOfRange(bytes, off, bytes.length);
            int n = LIBC.write(master, chunk, chunk.length);
            if (n <= 0) {
                throw new IllegalStateException("write to pty master failed");
            }
            off += n;
        }
    }

    /** Reads exactly {@code count} bytes as the device, waiting at most {@code timeoutMillis} in all. */
    public byte[] read(int count, int timeoutMillis) {
        byte[] out = new byte[count];
        int got = 0;
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (got < count) {
            int left = (int) (deadline - System.currentTimeMillis());
            if (left <= 0 || !readable(left)) {
                throw new IllegalStateException("pty master: only " + got + " of " + count + " bytes arrived");
            }
            byte[] buf = new byte[count - got];
            int n = LIBC.read(master, buf, buf.length);
            if (n <= 0) {
                throw new IllegalStateException("pty master read failed");
            }
            System.arraycopy(buf, 0, out, got, n);
            got += n;
        }
        return out;
    }

    private boolean readable(int timeoutMillis) {
        byte[] pollfd = new byte[8];
        pollfd[0] = (byte) master;
        pollfd[1] = (byte) (master >> 8);
        pollfd[2] = (byte) (master >> 16);
        pollfd[3] = (byte) (master >> 24);
        pollfd[4] = 1; // POLLIN
        return LIBC.poll(pollfd, 1, timeoutMillis) > 0;
    }

    /** Closes the master side: to the driver the device has vanished. */
    public void closeMaster() {
        if (masterOpen) {
            LIBC.close(master);
            masterOpen = false;
        }
    }

    @Override
    public void close() {
        closeMaster();
        LIBC.close(slave);
    }
}
