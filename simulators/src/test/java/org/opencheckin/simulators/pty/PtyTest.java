package org.opencheckin.simulators.pty;

import com.fazecast.jSerialComm.SerialPort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PtyTest {

    @TempDir
    Path dir;

    @Test
    void jSerialCommOpensTheStableLinkAndExchangesBytesBothWays() throws Exception {
        Path link = dir.resolve("idcard");
        try (Pty pty = Pty.open(link)) {
            assertThat(Files.readSymbolicLink(link)).isEqualTo(pty.slavePath());
            assertThat(pty.slavePath().toString()).startsWith("/dev/pts/");

            SerialPort port = SerialPort.getCommPort(link.toString());
            port.setComPortParameters(115200, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
            port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, 2000, 0);
            assertThat(port.openPort()).as("jSerialComm opens " + link).isTrue();
            try {
                exchange(pty, port, "host to device \r\n\u0003\u0011");
            } finally {
                port.closePort();
            }
            // The simulator keeps the slave open, so a client may close and open the port again.
            assertThat(port.openPort()).as("reopen after close").isTrue();
            try {
                exchange(pty, port, "second session");
            } finally {
                port.closePort();
            }
        }
    }

    private static void exchange(Pty pty, SerialPort port, String text) throws Exception {
        byte[] toDevice = text.getBytes(StandardCharsets.ISO_8859_1);
        assertThat(port.writeBytes(toDevice, toDevice.length)).isEqualTo(toDevice.length);
        byte[] got = new byte[toDevice.length];
        int have = 0;
        byte[] buffer = new byte[256];
        long deadline = System.currentTimeMillis() + 2000;
        while (have < got.length && System.currentTimeMillis() < deadline) {
            int n = pty.read(buffer, 200);
            System.arraycopy(buffer, 0, got, have, Math.min(n, got.length - have));
            have += Math.max(n, 0);
        }
        assertThat(got).as("raw mode: every byte arrives unchanged, no echo, no CR/LF mapping").isEqualTo(toDevice);

        byte[] toHost = new byte[256];
        for (int i = 0; i < toHost.length; i++) {
            toHost[i] = (byte) i;
        }
        pty.write(toHost, 0, toHost.length);
        byte[] read = new byte[toHost.length];
        int total = 0;
        while (total < read.length) {
            int n = port.readBytes(read, read.length - total, total);
            assertThat(n).as("bytes from the device").isPositive();
            total += n;
        }
        assertThat(read).isEqualTo(toHost);
        assertThat(port.bytesAvailable()).isZero();
    }

    @Test
    void closingThePtyMakesTheSlaveNodeDisappear() throws Exception {
        Pty pty = Pty.open(dir.resolve("gone"));
        Path slave = pty.slavePath();
        assertThat(Files.exists(slave)).isTrue();
        pty.close();
        assertThat(Files.exists(slave)).isFalse();
        assertThat(pty.read(new byte[8], 10)).isEqualTo(-1);
        pty.closeAndUnlink();
        assertThat(Files.exists(dir.resolve("gone"), java.nio.file.LinkOption.NOFOLLOW_LINKS)).isFalse();
    }
}
