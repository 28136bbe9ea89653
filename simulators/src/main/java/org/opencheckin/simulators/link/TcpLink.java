package org.opencheckin.simulators.link;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;

/**
 * A device exposed on a TCP port of the loopback interface, as serial-to-Ethernet converters expose real
 * readers. One host at a time; a newer connection replaces the older one.
 */
public final class TcpLink implements HostLink {

    private final int requestedPort;
    private volatile ServerSocket server;
    private volatile Socket client;
    private volatile boolean closed;
    private final Thread acceptor;

    public TcpLink(int port) throws IOException {
        this.requestedPort = port;
        this.server = bind(port);
        this.acceptor = new Thread(this::acceptLoop, "tcp-link-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private static ServerSocket bind(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return socket;
    }

    private void acceptLoop() {
        while (!closed) {
            ServerSocket current = server;
            if (current == null) {
                sleep(50);
                continue;
            }
            try {
                Socket accepted = current.accept();
                accepted.setTcpNoDelay(true);
                Socket previous = client;
                client = accepted;
                if (previous != null) {
                    previous.close();
                }
            } catch (IOException e) {
                if (server == current && !closed) {
                    sleep(50);
                }
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public int port() {
        ServerSocket current = server;
        return current == null ? requestedPort : current.getLocalPort();
    }

    @Override
    public int read(byte[] buffer, int timeoutMillis) throws IOException {
        if (closed) {
            return -1;
        }
        Socket current = client;
        if (current == null) {
            sleep(Math.min(timeoutMillis, 50));
            return 0;
        }
        try {
            current.setSoTimeout(Math.max(1, timeoutMillis));
            InputStream in = current.getInputStream();
            int n = in.read(buffer);
            if (n < 0) {
                dropClient(current);
                return 0;
            }
            return n;
        } catch (SocketTimeoutException e) {
            return 0;
        } catch (IOException e) {
            dropClient(current);
            return 0;
        }
    }

    private void dropClient(Socket current) {
        if (client == current) {
            client = null;
        }
        try {
            current.close();
        } catch (IOException ignored) {
            // already gone
        }
    }

    @Override
    public void write(byte[] data) {
        Socket current = client;
        if (current == null) {
            return;
        }
        try {
            current.getOutputStream().write(data);
            current.getOutputStream().flush();
        } catch (IOException e) {
            dropClient(current);
        }
    }

    @Override
    public String address() {
        return "tcp://127.0.0.1:" + port();
    }

    @Override
    public synchronized void unplug() throws IOException {
        ServerSocket current = server;
        server = null;
        Socket c = client;
        client = null;
        if (c != null) {
            c.close();
        }
        if (current != null) {
            lastPort = current.getLocalPort();
            current.close();
        }
    }

    @Override
    public synchronized void replug() throws IOException {
        if (server == null && !closed) {
            server = bind(requestedPort == 0 ? lastPort : requestedPort);
        }
    }

    private volatile int lastPort;

    @Override
    public boolean isPlugged() {
        return server != null;
    }

    @Override
    public void close() throws IOException {
        closed = true;
        unplug();
    }
}
