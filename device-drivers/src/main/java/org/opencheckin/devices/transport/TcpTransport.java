package org.opencheckin.devices.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;

/**
 * A serial device server (RS-232 over TCP, raw mode): the device's bytes on a plain socket.
 * End of stream or a socket error means the link is gone.
 */
public final class TcpTransport implements Transport {
    private final String host;
    private final int port;
    private final int connectTimeoutMillis;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    public TcpTransport(String host, int port, int connectTimeoutMillis) {
        this.host = host;
        this.port = port;
        this.connectTimeoutMillis = connectTimeoutMillis;
    }

    @Override
    public String name() {
        return "tcp:" + host + ":" + port;
    }

    @Override
    public synchronized void open() throws TransportException {
        if (isOpen()) {
            return;
        }
        Socket s = new Socket();
        try {
            s.setTcpNoDelay(true);
            s.connect(new InetSocketAddress(host, port), connectTimeoutMillis);
            in = s.getInputStream();
            out = s.getOutputStream();
            socket = s;
        } catch (IOException e) {
            closeQuietly(s);
            throw new TransportException(name() + ": cannot connect: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized boolean isOpen() {
        return socket != null && !socket.isClosed();
    }

    @Override
    public void write(byte[] bytes) throws TransportException {
        requireOpen();
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new TransportException(name() + ": write failed: " + e.getMessage(), e);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length, long timeoutMillis) throws TransportException {
        requireOpen();
        try {
            socket.setSoTimeout((int) Math.max(1, Math.min(Integer.MAX_VALUE, timeoutMillis)));
            int n = in.read(buffer, offset, length);
            if (n < 0) {
                throw new TransportException(name() + ": connection closed by the device server");
            }
            return n;
        } catch (SocketTimeoutException e) {
            return 0;
        } catch (IOException e) {
            throw new TransportException(name() + ": read failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void discardInput() throws TransportException {
        requireOpen();
        try {
            int available = in.available();
            if (available > 0) {
                in.skip(available);
            }
        } catch (IOException e) {
            throw new TransportException(name() + ": read failed: " + e.getMessage(), e);
        }
    }

    private void requireOpen() throws TransportException {
        if (!isOpen()) {
            throw new TransportException(name() + ": not connected");
        }
    }

    @Override
    public synchronized void close() {
        if (socket != null) {
            closeQuietly(socket);
            socket = null;
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // closing a broken socket has nothing left to report
        }
    }
}
