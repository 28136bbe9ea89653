package org.opencheckin.simulators.testing;

import com.fazecast.jSerialComm.SerialPort;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/** The host's end of a simulator's pty, through jSerialComm as the real drivers open it. */
public final class SerialHost implements AutoCloseable {

    private final SerialPort port;

    public SerialHost(String path, int baud) {
        port = SerialPort.getCommPort(path);
        port.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, 50, 0);
        if (!port.openPort()) {
            throw new IllegalStateException("jSerialComm could not open " + path);
        }
        port.flushIOBuffers();
    }

    public void send(byte[] bytes) {
        if (port.writeBytes(bytes, bytes.length) != bytes.length) {
            throw new IllegalStateException("short write to " + port.getSystemPortPath());
        }
    }

    /** Writes without insisting; returns what jSerialComm reports (-1 once the device is gone). */
    public int trySend(byte[] bytes) {
        return port.writeBytes(bytes, bytes.length);
    }

    /** Reads exactly {@code n} bytes or fewer if {@code timeoutMillis} passes. */
    public byte[] receive(int n, long timeoutMillis) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long deadline = System.currentTimeMillis() + timeoutMillis;
        byte[] buffer = new byte[4096];
        while (out.size() < n && System.currentTimeMillis() < deadline) {
            int got = port.readBytes(buffer, Math.min(buffer.length, n - out.size()));
            if (got > 0) {
                out.write(buffer, 0, got);
            } else if (got < 0) {
                break;
            }
        }
        return out.toByteArray();
    }

    /** Everything that arrives until the line stays quiet for {@code quietMillis}. */
    public byte[] receiveUntilQuiet(long quietMillis, long timeoutMillis) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long deadline = System.currentTimeMillis() + timeoutMillis;
        long lastByte = System.currentTimeMillis();
        byte[] buffer = new byte[4096];
        while (System.currentTimeMillis() < deadline) {
            int got = port.readBytes(buffer, buffer.length);
            if (got > 0) {
                out.write(buffer, 0, got);
                lastByte = System.currentTimeMillis();
            } else if (out.size() > 0 && System.currentTimeMillis() - lastByte >= quietMillis) {
                break;
            } else if (got < 0) {
                break;
            }
        }
        return out.toByteArray();
    }

    /** A SAM reader reply: preamble, LEN, then LEN bytes. */
    public byte[] receiveSamFrame(long timeoutMillis) {
        byte[] head = receive(7, timeoutMillis);
        if (head.length < 7) {
            return head;
        }
        int len = ((head[5] & 0xFF) << 8) | (head[6] & 0xFF);
        byte[] rest = receive(len, timeoutMillis);
        byte[] frame = Arrays.copyOf(head, 7 + rest.length);
        System.arraycopy(rest, 0, frame, 7, rest.length);
        return frame;
    }

    @Override
    public void close() {
        port.closePort();
    }
}
