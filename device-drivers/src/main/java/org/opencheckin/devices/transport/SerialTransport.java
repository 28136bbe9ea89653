package org.opencheckin.devices.transport;

import com.fazecast.jSerialComm.SerialPort;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A serial port through jSerialComm; the only class in the code base that imports it.
 *
 * <p>Reads use jSerialComm's semi-blocking mode, so a read returns as soon as one byte is there.
 * jSerialComm reports a vanished device (USB adapter unplugged, pty master closed) as a -1 read;
 * that becomes a {@link TransportException}, which drivers report as OFFLINE.
 */
public final class SerialTransport implements Transport {
    private final SerialSettings settings;
    private SerialPort port;
    private long currentTimeout = -1;

    public SerialTransport(SerialSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "serial:" + settings.describe();
    }

    @Override
    public synchronized void open() throws TransportException {
        if (isOpen()) {
            return;
        }
        SerialPort candidate = settings.path() != null ? byPath(settings.path()) : byUsbIds();
        candidate.setComPortParameters(settings.baudRate(), settings.dataBits(), stopBits(), parity());
        candidate.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        if (!candidate.openPort()) {
            throw new TransportException(name() + ": cannot open port (busy or not permitted), error code "
                    + candidate.getLastErrorCode());
        }
        candidate.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, 100, 0);
        currentTimeout = 100;
        port = candidate;
    }

    private SerialPort byPath(String path) throws TransportException {
        if (!Files.exists(Path.of(path))) {
            throw new TransportException(name() + ": port does not exist");
        }
        try {
            return SerialPort.getCommPort(path);
        } catch (RuntimeException e) {
            throw new TransportException(name() + ": cannot use port: " + e.getMessage(), e);
        }
    }

    private SerialPort byUsbIds() throws TransportException {
        for (SerialPort candidate : SerialPort.getCommPorts()) {
            if (candidate.getVendorID() == settings.usbVendorId() && candidate.getProductID() == settings.usbProductId()) {
                return candidate;
            }
        }
        throw new TransportException(name() + ": no serial port with these USB ids is connected");
    }

    private int parity() {
        return switch (settings.parity()) {
            case NONE -> SerialPort.NO_PARITY;
            case ODD -> SerialPort.ODD_PARITY;
            case EVEN -> SerialPort.EVEN_PARITY;
            case MARK -> SerialPort.MARK_PARITY;
            case SPACE -> SerialPort.SPACE_PARITY;
        };
    }

    private int stopBits() {
        return switch (settings.stopBits()) {
            case ONE -> SerialPort.ONE_STOP_BIT;
            case ONE_POINT_FIVE -> SerialPort.ONE_POINT_FIVE_STOP_BITS;
            case TWO -> SerialPort.TWO_STOP_BITS;
        };
    }

    @Override
    public synchronized boolean isOpen() {
        return port != null && port.isOpen();
    }

    @Override
    public void write(byte[] bytes) throws TransportException {
        SerialPort p = openPort();
        int written = 0;
        while (written < bytes.length) {
            int n = p.writeBytes(bytes, bytes.length - written, written);
            if (n <= 0) {
                throw new TransportException(name() + ": write failed, device vanished? (error code "
                        + p.getLastErrorCode() + ")");
            }
            written += n;
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length, long timeoutMillis) throws TransportException {
        SerialPort p = openPort();
        int timeout = (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeoutMillis));
        if (timeout != currentTimeout) {
            p.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, timeout, 0);
            currentTimeout = timeout;
        }
        int n = p.readBytes(buffer, length, offset);
        if (n < 0) {
            throw new TransportException(name() + ": read failed, device vanished (error code " + p.getLastErrorCode() + ")");
        }
        return n;
    }

    @Override
    public void discardInput() throws TransportException {
        SerialPort p = openPort();
        int available = p.bytesAvailable();
        if (available < 0) {
            throw new TransportException(name() + ": device vanished");
        }
        if (available > 0) {
            byte[] sink = new byte[Math.min(available, 4096)];
            while (available > 0) {
                int n = p.readBytes(sink, Math.min(available, sink.length));
                if (n <= 0) {
                    break;
                }
                available -= n;
            }
        }
    }

    private synchronized SerialPort openPort() throws TransportException {
        if (port == null) {
            throw new TransportException(name() + ": port is not open");
        }
        return port;
    }

    @Override
    public synchronized void close() {
        if (port != null) {
            port.closePort();
            port = null;
        }
    }
}
