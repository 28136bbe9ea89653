package org.opencheckin.devices.transport;

import org.junit.jupiter.api.Test;
import org.opencheckin.devices.testing.Pty;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each transport moves bytes both ways, times out cleanly and names its port when it fails. */
class TransportTest {
    static final byte[] PING = "ping".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PONG = "pong".getBytes(StandardCharsets.US_ASCII);

    @Test
    void inMemoryCableCarriesBytesAndCanBeUnplugged() throws Exception {
        InMemoryTransport.Cable cable = InMemoryTransport.cable("test");
        cable.host().write(PING);
        assertThat(readExactly(cable.device(), 4)).isEqualTo(PING);
        assertThat(cable.host().read(new byte[4], 0, 4, 20)).isZero();

        cable.unplug();
        assertThatThrownBy(() -> cable.host().write(PING)).isInstanceOf(TransportException.class)
                .hasMessageContaining("memory:test/host");
        assertThatThrownBy(() -> cable.host().open()).isInstanceOf(TransportException.class);

        cable.plug();
        cable.host().open();
        cable.device().open();
        cable.device().write(PONG);
        assertThat(readExactly(cable.host(), 4)).isEqualTo(PONG);
    }

    @Test
    void serialTransportOpensAPseudoTerminalByPathAndMovesBytes() throws Exception {
        try (Pty pty = Pty.open(); SerialTransport serial = new SerialTransport(SerialSettings.of(pty.slavePath(), 115200))) {
            serial.open();
            assertThat(serial.name()).isEqualTo("serial:" + pty.slavePath());
            serial.write(PING);
            assertThat(pty.read(4, 2000)).isEqualTo(PING);
            pty.write(PONG);
            assertThat(readExactly(serial, 4)).isEqualTo(PONG);
            assertThat(serial.read(new byte[4], 0, 4, 50)).as("nothing more to read").isZero();
        }
    }

    @Test
    void aVanishedPseudoTerminalIsATransportException() throws Exception {
        try (Pty pty = Pty.open(); SerialTransport serial = new SerialTransport(SerialSettings.of(pty.slavePath(), 115200))) {
            serial.open();
            pty.closeMaster();
            assertThatThrownBy(() -> {
                for (int i = 0; i < 20; i++) {
                    serial.read(new byte[16], 0, 16, 50);
                    serial.write(PING);
                }
            }).isInstanceOf(TransportException.class).hasMessageContaining(pty.slavePath());
        }
    }

    @Test
    void aPortAlreadyOpenIsBusyAndNamedInTheError() throws Exception {
        try (Pty pty = Pty.open();
             SerialTransport first = new SerialTransport(SerialSettings.of(pty.slavePath(), 9600));
             SerialTransport second = new SerialTransport(SerialSettings.of(pty.slavePath(), 9600))) {
            first.open();
            assertThatThrownBy(second::open).isInstanceOf(TransportException.class)
                    .hasMessageContaining(pty.slavePath()).hasMessageContaining("busy");
        }
    }

    @Test
    void aMissingSerialPortIsNamedInTheError() {
        SerialTransport serial = new SerialTransport(SerialSettings.of("/dev/opencheckin-no-such-port", 9600));
        assertThatThrownBy(serial::open).isInstanceOf(TransportException.class)
                .hasMessageContaining("/dev/opencheckin-no-such-port").hasMessageContaining("does not exist");
    }

    @Test
    void aUsbAdapterThatIsNotConnectedIsNamedInTheError() {
        SerialTransport serial = new SerialTransport(SerialSettings.ofUsb(0xFFFE, 0xFFFD, 9600));
        assertThatThrownBy(serial::open).isInstanceOf(TransportException.class)
                .hasMessageContaining("usb fffe:fffd").hasMessageContaining("no serial port");
    }

    @Test
    void tcpTransportTalksToASerialDeviceServer() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            TcpTransport tcp = new TcpTransport("127.0.0.1", server.getLocalPort(), 1000);
            tcp.open();
            try (Socket device = server.accept()) {
                InputStream in = device.getInputStream();
                OutputStream out = device.getOutputStream();
                tcp.write(PING);
                assertThat(in.readNBytes(4)).isEqualTo(PING);
                out.write(PONG);
                out.flush();
                assertThat(readExactly(tcp, 4)).isEqualTo(PONG);
                assertThat(tcp.read(new byte[4], 0, 4, 30)).isZero();
            }
            assertThatThrownBy(() -> tcp.read(new byte[4], 0, 4, 1000)).isInstanceOf(TransportException.class)
                    .hasMessageContaining("tcp:127.0.0.1:" + server.getLocalPort());
            tcp.close();
        }
    }

    @Test
    void aRefusedTcpConnectionIsNamedInTheError() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        TcpTransport tcp = new TcpTransport("127.0.0.1", port, 500);
        assertThatThrownBy(tcp::open).isInstanceOf(TransportException.class).hasMessageContaining("tcp:127.0.0.1:" + port);
    }

    static byte[] readExactly(Transport t, int n) throws TransportException {
        byte[] out = new byte[n];
        int got = 0;
        long deadline = System.currentTimeMillis() + 2000;
        while (got < n && System.currentTimeMillis() < deadline) {
            got += t.read(out, got, n - got, 100);
        }
        return Arrays.copyOf(out, got);
    }
}
