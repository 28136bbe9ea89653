package org.opencheckin.simulators.link;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencheckin.simulators.core.Fault;
import org.opencheckin.simulators.core.Timing;
import org.opencheckin.simulators.idcard.SamIdCardReaderSimulator;
import org.opencheckin.simulators.guest.CardPhotos;
import org.opencheckin.simulators.testing.SerialHost;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencheckin.simulators.testing.Fixtures.hex;

class UnplugReplugTest {

    @TempDir
    Path dir;

    @Test
    void unplugMakesThePtyVanishAndReplugBringsItBackAtTheSameLink() throws Exception {
        Path link = dir.resolve("idcard");
        try (SamIdCardReaderSimulator reader = new SamIdCardReaderSimulator(new PtyLink(link), 115200, Timing.fast(), CardPhotos.none(), 1)) {
            reader.start();
            Path slave = Files.readSymbolicLink(link);
            try (SerialHost host = new SerialHost(link.toString(), 115200)) {
                host.send(hex("idcard/sam-status.request.hex"));
                assertThat(host.receiveSamFrame(2000)).isEqualTo(hex("idcard/sam-status-ok.reply.hex"));

                reader.inject(Fault.UNPLUG, 1);
                assertThat(Files.exists(slave)).as("pty node gone").isFalse();
                assertThat(reader.link().isPlugged()).isFalse();
                assertThat(host.trySend(hex("idcard/sam-status.request.hex"))).as("writing to a vanished pty fails").isLessThan(hex("idcard/sam-status.request.hex").length);
                assertThat(host.receive(1, 300)).as("nothing answers an unplugged device").isEmpty();
            }
            assertThat(Files.exists(link)).as("the link dangles while unplugged").isFalse();
            assertThatThrownBy(() -> new SerialHost(link.toString(), 115200)).as("jSerialComm cannot open it").isInstanceOf(RuntimeException.class);

            reader.replug();
            assertThat(Files.exists(link)).isTrue();
            try (SerialHost host = new SerialHost(link.toString(), 115200)) {
                host.send(hex("idcard/sam-status.request.hex"));
                assertThat(host.receiveSamFrame(2000)).isEqualTo(hex("idcard/sam-status-ok.reply.hex"));
            }
        }
    }

    @Test
    void aDeviceCanBeExposedOnTcpInsteadOfAPty() throws Exception {
        try (SamIdCardReaderSimulator reader = new SamIdCardReaderSimulator(new TcpLink(0), 115200, Timing.fast(), CardPhotos.none(), 1)) {
            reader.start();
            int port = ((TcpLink) reader.link()).port();
            assertThat(reader.address()).isEqualTo("tcp://127.0.0.1:" + port);
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.setSoTimeout(3000);
                OutputStream out = socket.getOutputStream();
                InputStream in = socket.getInputStream();
                byte[] expected = hex("idcard/sam-status-ok.reply.hex");
                Thread.sleep(100);
                out.write(hex("idcard/sam-status.request.hex"));
                assertThat(in.readNBytes(expected.length)).isEqualTo(expected);
            }
        }
    }
}
