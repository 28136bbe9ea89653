package org.opencheckin.simulators.pty;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A Unix pseudo-terminal: the simulator holds the master side, a driver opens {@link #slavePath()}
 * like any serial port.
 *
 * <p>The slave side is opened once here and kept open, in raw mode, for the pty's whole life: a pty
 * whose last slave descriptor closes reports EIO on the master, so without this a driver that closes and
 * reopens the port would kill the device. Closing the pty (an "unplug") closes both sides, so the
 * {@code /dev/pts/N} node disappears and the driver's open port fails as a real USB adapter does.
 *
 * <p>Thread safety: one thread may {@link #read} while another {@link #write}s; {@link #close} may come
 * from any thread and makes a pending {@code read} return -1 within its poll interval.
 */
public final class Pty implements Closeable {

    private static final LibC C = LibC.INSTANCE;
    private static final int POLL_SLICE_MILLIS = 50;
    private static final int EAGAIN = 11;
    private static final int EIO = 5;
    static final long STALL_MILLIS = 1000;

    private final int master;
    private final int slave;
    private final Path slavePath;
    private final Path link;
    private final ReadWriteLock fdLock = new ReentrantReadWriteLock();
    private volatile boolean closed;

    private Pty(int master, int slave, Path slavePath, Path link) {
        this.master = master;
        this.slave = slave;
        this.slavePath = slavePath;
        this.link = link;
    }

    /** Opens a new pty without a stable link. */
    public static Pty open() throws IOException {
        return open(null);
    }

    /**
     * Opens a new pty; when {@code link} is given, (re)points that symlink at the slave so a driver can
     * be configured with a path that survives unplug/replug (the slave's number may change).
     */
    public static Pty open(Path link) throws IOException {
        int master = C.posix_openpt(LibC.O_RDWR | LibC.O_NOCTTY | LibC.O_NONBLOCK);
        if (master < 0) {
            throw new IOException("posix_openpt failed, errno " + Native.getLastError());
        }
        int slave = -1;
        try {
            check(C.grantpt(master), "grantpt");
            check(C.unlockpt(master), "unlockpt");
            byte[] name = new byte[128];
            check(C.ptsname_r(master, name, new NativeLong(name.length)), "ptsname_r");
            int end = 0;
            while (end < name.length && name[end] != 0) {
                end++;
            }
            Path slavePath = Path.of(new String(name, 0, end, StandardCharsets.US_ASCII));
            slave = C.open(slavePath.toString(), LibC.O_RDWR | LibC.O_NOCTTY);
            check(slave, "open " + slavePath);
            makeRaw(slave);
            makeRaw(master);
            if (link != null) {
                pointLink(link, slavePath);
            }
            return new Pty(master, slave, slavePath, link);
        } catch (IOException | RuntimeException e) {
            if (slave >= 0) {
                C.close(slave);
            }
            C.close(master);
            throw e;
        }
    }

    private static void makeRaw(int fd) throws IOException {
        Memory termios = new Memory(LibC.TERMIOS_SIZE);
        termios.clear();
        check(C.tcgetattr(fd, termios), "tcgetattr");
        C.cfmakeraw(termios);
        check(C.tcsetattr(fd, LibC.TCSANOW, termios), "tcsetattr");
    }

    private static void pointLink(Path link, Path target) throws IOException {
        Path parent = link.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path temp = link.resolveSibling(link.getFileName() + ".new");
        Files.deleteIfExists(temp);
        Files.createSymbolicLink(temp, target);
        Files.move(temp, link, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void check(int result, String call) throws IOException {
        if (result < 0) {
            throw new IOException(call + " failed, errno " + Native.getLastError());
        }
    }

    /** The {@code /dev/pts/N} path a driver opens. */
    public Path slavePath() {
        return slavePath;
    }

    /** The stable symlink when one was asked for, else the slave path. */
    public Path path() {
        return link != null ? link : slavePath;
    }

    /**
     * Reads what the driver wrote, waiting at most {@code timeoutMillis}.
     *
     * @return the number of bytes read, 0 on timeout, -1 once the pty is closed
     */
    public int read(byte[] buffer, int timeoutMillis) throws IOException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        Memory pollFd = new Memory(8);
        while (true) {
            fdLock.readLock().lock();
            try {
                if (closed) {
                    return -1;
                }
                pollFd.setInt(0, master);
                pollFd.setShort(4, LibC.POLLIN);
                pollFd.setShort(6, (short) 0);
                long left = (deadline - System.nanoTime()) / 1_000_000L;
                int slice = (int) Math.max(0, Math.min(POLL_SLICE_MILLIS, left));
                int ready = C.poll(pollFd, new NativeLong(1), slice);
                if (ready > 0 && (pollFd.getShort(6) & LibC.POLLIN) != 0) {
                    long n = C.read(master, buffer, new NativeLong(buffer.length)).longValue();
                    if (n > 0) {
                        return (int) n;
                    }
                    int errno = Native.getLastError();
                    if (n < 0 && errno != EAGAIN && errno != EIO) {
                        throw new IOException("read from pty master failed, errno " + errno);
                    }
                }
                if (left <= 0) {
                    return 0;
                }
            } finally {
                fdLock.readLock().unlock();
            }
            if (pollFd.getShort(6) != 0) {
                // EIO/HUP without data: no slave is open at this instant; do not spin.
                LockSupport.parkNanos(5_000_000L);
            }
        }
    }

    /**
     * Writes all bytes towards the driver. When nobody drains the slave for {@value #STALL_MILLIS} ms the
     * rest is dropped, as bytes on a serial line nobody listens to are lost.
     */
    public void write(byte[] data, int offset, int length) throws IOException {
        byte[] rest = Arrays.copyOfRange(data, offset, offset + length);
        long stalledSince = 0;
        while (rest.length > 0) {
            long n;
            int errno;
            fdLock.readLock().lock();
            try {
                if (closed) {
                    throw new IOException("pty " + slavePath + " is closed");
                }
                n = C.write(master, rest, new NativeLong(rest.length)).longValue();
                errno = n < 0 ? Native.getLastError() : 0;
            } finally {
                fdLock.readLock().unlock();
            }
            if (n > 0) {
                rest = Arrays.copyOfRange(rest, (int) n, rest.length);
                stalledSince = 0;
            } else if (n < 0 && errno != EAGAIN) {
                throw new IOException("write to pty master failed, errno " + errno);
            } else {
                long now = System.nanoTime();
                if (stalledSince == 0) {
                    stalledSince = now;
                } else if (now - stalledSince > STALL_MILLIS * 1_000_000L) {
                    return;
                }
                LockSupport.parkNanos(1_000_000L);
            }
        }
    }

    public boolean isClosed() {
        return closed;
    }

    /** Closes both sides; the slave node disappears. The stable link is left dangling, as an unplugged adapter's would be. */
    @Override
    public void close() {
        fdLock.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            C.close(slave);
            C.close(master);
        } finally {
            fdLock.writeLock().unlock();
        }
    }

    /** Closes the pty and also removes its stable link. */
    public void closeAndUnlink() throws IOException {
        close();
        if (link != null) {
            Files.deleteIfExists(link);
        }
    }
}
