package org.opencheckin.simulators.link;

import java.io.Closeable;
import java.io.IOException;

/**
 * The simulator's end of the wire to the host (the kiosk's driver): a pseudo-terminal or a TCP socket.
 * One reader thread and one writer thread may use it at once.
 */
public interface HostLink extends Closeable {

    /**
     * Reads what the host sent.
     *
     * @return bytes read; 0 when nothing came within the timeout or while unplugged; -1 once closed for good
     */
    int read(byte[] buffer, int timeoutMillis) throws IOException;

    /** Sends bytes to the host; bytes sent while unplugged or with no host attached are lost, as on a real line. */
    void write(byte[] data) throws IOException;

    /** Where a driver connects: a device path or {@code tcp://host:port}. */
    String address();

    /** Makes the device disappear (the pty node vanishes, TCP clients are dropped). */
    void unplug() throws IOException;

    /** Brings the device back at the same {@link #address()}. */
    void replug() throws IOException;

    boolean isPlugged();
}
