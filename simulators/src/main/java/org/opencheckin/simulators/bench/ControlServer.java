package org.opencheckin.simulators.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The line-based control of a running bench on a loopback TCP port: one command per line, the reply's
 * last line starts with {@code OK} or {@code ERR}. Try it with {@code nc 127.0.0.1 7171} or the CLI's
 * {@code control} subcommand. Loopback only: the control port switches faults, it must not face a network.
 */
public final class ControlServer implements AutoCloseable {

    private final ServerSocket server;
    private final SimulatorBench bench;
    private volatile boolean closed;

    public ControlServer(int port, SimulatorBench bench) throws IOException {
        this.bench = bench;
        this.server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        Thread t = new Thread(this::acceptLoop, "sim-control");
        t.setDaemon(true);
        t.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket socket = server.accept();
                Thread t = new Thread(() -> serve(socket), "sim-control-client");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                if (closed) {
                    return;
                }
            }
        }
    }

    private void serve(Socket socket) {
        try (socket;
             BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                if (line.trim().equalsIgnoreCase("quit")) {
                    out.println("OK bye");
                    return;
                }
                out.println(bench.execute(line));
            }
        } catch (IOException e) {
            // client went away
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        server.close();
    }
}
