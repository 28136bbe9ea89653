package org.opencheckin.devices.transport;

/**
 * Moves bytes to and from one device; knows nothing about frames. Implementations: {@link
 * SerialTransport} (the only class that touches jSerialComm), {@link TcpTransport} (serial device
 * servers) and {@link InMemoryTransport} (tests).
 *
 * <p>Not thread-safe: the protocol that owns a transport keeps one request in flight at a time.
 * A transport can be opened again after {@link #close()}, which is how a supervisor reconnects.
 */
public interface Transport extends AutoCloseable {

    /** Names the port for messages, e.g. {@code "serial:/dev/ttyUSB0"} or {@code "tcp:10.0.0.5:4001"}. */
    String name();

    /** Opens the port. Throws with a message naming the port when it is missing or busy. */
    void open() throws TransportException;

    boolean isOpen();

    /** Writes all bytes, blocking until they are handed to the OS. */
    void write(byte[] bytes) throws TransportException;

    /**
     * Reads up to {@code length} bytes, waiting at most {@code timeoutMillis} for the first one.
     *
     * @return the number of bytes read, 0 when the timeout elapsed with nothing to read
     * @throws TransportException when the port is closed or the device vanished
     */
    int read(byte[] buffer, int offset, int length, long timeoutMillis) throws TransportException;

    /** Drops whatever has arrived and not been read yet (before a retry). */
    void discardInput() throws TransportException;

    /** Closes the port; never throws, may be called more than once. */
    @Override
    void close();
}
