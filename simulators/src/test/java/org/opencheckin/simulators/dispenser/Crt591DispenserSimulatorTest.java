package org.opencheckin.simulators.dispenser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencheckin.simulators.card.MifareClassic1k;
import org.opencheckin.simulators.core.Fault;
import org.opencheckin.simulators.core.Timing;
import org.opencheckin.simulators.link.PtyLink;
import org.opencheckin.simulators.testing.Crt591Host;
import org.opencheckin.simulators.testing.SerialHost;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.opencheckin.simulators.testing.Crt591Host.apdu;
import static org.opencheckin.simulators.testing.Crt591Host.data;
import static org.opencheckin.simulators.testing.Crt591Host.kind;
import static org.opencheckin.simulators.testing.Crt591Host.status;
import static org.opencheckin.simulators.testing.Fixtures.hex;

class Crt591DispenserSimulatorTest {

    private static final byte[] FACTORY = MifareClassic1k.FACTORY_KEY;

    @TempDir
    Path dir;

    private Crt591DispenserSimulator dispenser;
    private SerialHost line;
    private Crt591Host host;

    private void start(boolean ackMode, Crt591DispenserSimulator.Stock stock) throws Exception {
        dispenser = new Crt591DispenserSimulator(new PtyLink(dir.resolve("dispenser")), 38400, Timing.fast(), 0, ackMode, stock, 7);
        dispenser.start();
        line = new SerialHost(dispenser.address(), 38400);
        host = new Crt591Host(line);
    }

    @AfterEach
    void stop() throws Exception {
        if (line != null) {
            line.close();
        }
        if (dispenser != null) {
            dispenser.close();
        }
    }

    @Test
    void statusRequestFromTheFixtureIsAnsweredAndTheFixtureReplyIsWhatACardAtRfWithLowStockLooksLike() throws Exception {
        start(false, new Crt591DispenserSimulator.Stock(5, 10, 30));
        assertThat(Crt591Host.command(0x31, 0x30)).isEqualTo(hex("dispenser/status.request.hex"));
        line.send(hex("dispenser/status.request.hex"));
        byte[] empty = host.receiveFrame(2000);
        assertThat(status(empty)).isEqualTo("010");
        assertThat(kind(host.ask(0x32, 0x32))).isEqualTo('P');
        line.send(hex("dispenser/status.request.hex"));
        assertThat(host.receiveFrame(2000)).isEqualTo(hex("dispenser/status-rf-low.reply.hex"));
    }

    @Test
    void stackerLevelsRejectBinAndCapture() throws Exception {
        start(false, new Crt591DispenserSimulator.Stock(12, 10, 1));
        assertThat(status(host.ask(0x31, 0x30))).isEqualTo("020");
        host.ask(0x32, 0x32);
        assertThat(dispenser.stackerCount()).isEqualTo(11);
        assertThat(status(host.ask(0x32, 0x33))).as("captured: channel empty, bin now full").isEqualTo("021");
        host.ask(0x32, 0x32);
        byte[] refused = host.ask(0x32, 0x33);
        assertThat(kind(refused)).isEqualTo('N');
        assertThat(status(refused)).isEqualTo(Crt591DispenserSimulator.REJECT_BIN_FULL);
        dispenser.emptyRejectBin();
        assertThat(status(host.ask(0x32, 0x33))).as("bin of one holds one again").isEqualTo("011");
        dispenser.emptyRejectBin();

        dispenser.inject(Fault.STACKER_EMPTY, 1);
        byte[] none = host.ask(0x32, 0x30);
        assertThat(kind(none)).isEqualTo('N');
        assertThat(status(none)).isEqualTo(Crt591DispenserSimulator.STACKER_EMPTY);
        assertThat(status(host.ask(0x31, 0x30))).isEqualTo("000");
        dispenser.refill(50);
        dispenser.inject(Fault.STACKER_LOW, 1);
        assertThat(status(host.ask(0x31, 0x30))).isEqualTo("010");
        dispenser.inject(Fault.REJECT_BIN_FULL, 1);
        assertThat(status(host.ask(0x31, 0x30))).isEqualTo("011");
    }

    @Test
    void mifareKeysGuardTheBlocksAndAWrittenTrailerChangesTheKey() throws Exception {
        start(false, Crt591DispenserSimulator.Stock.standard());
        assertThat(kind(host.ask(0x60, 0x30))).as("activate without a card at RF").isEqualTo('N');
        host.ask(0x32, 0x32);
        byte[] activated = host.ask(0x60, 0x30);
        assertThat(data(activated)).hasSize(4).isEqualTo(dispenser.cardInChannel().uid());

        assertThat(data(host.ask(0x60, 0x33, apdu(0xB0, 4)))).as("read before auth").containsExactly(0x69, 0x82);
        assertThat(data(host.ask(0x60, 0x33, apdu(0x20, 1, new byte[]{1, 2, 3, 4, 5, 6})))).containsExactly(0x63, 0x00);
        assertThat(data(host.ask(0x60, 0x33, apdu(0x20, 1, FACTORY)))).containsExactly(0x90, 0x00);
        byte[] block = new byte[16];
        Arrays.fill(block, (byte) 0x5A);
        assertThat(data(host.ask(0x60, 0x33, apdu(0xD1, 4, block)))).containsExactly(0x90, 0x00);
        byte[] read = data(host.ask(0x60, 0x33, apdu(0xB0, 4)));
        assertThat(Arrays.copyOf(read, 16)).isEqualTo(block);
        assertThat(Arrays.copyOfRange(read, 16, 18)).containsExactly(0x90, 0x00);
        assertThat(data(host.ask(0x60, 0x33, apdu(0xB0, 8)))).as("other sector").containsExactly(0x69, 0x82);

        byte[] sectorKey = {0x11, 0x22, 0x33, 0x44, 0x55, 0x66};
        byte[] trailer = MifareClassic1k.trailer(sectorKey, MifareClassic1k.TRANSPORT_ACCESS_BITS, sectorKey);
        assertThat(data(host.ask(0x60, 0x33, apdu(0xD1, 7, trailer)))).containsExactly(0x90, 0x00);
        assertThat(data(host.ask(0x60, 0x33, apdu(0x20, 1, FACTORY)))).as("factory key gone").containsExactly(0x63, 0x00);
        assertThat(data(host.ask(0x60, 0x33, apdu(0x20, 1, sectorKey)))).containsExactly(0x90, 0x00);

        dispenser.inject(Fault.WRITE_FAILURE, 1);
        assertThat(data(host.ask(0x60, 0x33, apdu(0xD1, 5, block)))).containsExactly(0x65, 0x81);
        assertThat(data(host.ask(0x60, 0x33, apdu(0xD1, 5, block)))).containsExactly(0x90, 0x00);

        assertThat(kind(host.ask(0x60, 0x31))).isEqualTo('P');
        assertThat(kind(host.ask(0x60, 0x33, apdu(0xB0, 4)))).as("deactivated").isEqualTo('N');
    }

    @Test
    void ejectedCardIsTakenByTheGuestUnlessNotTakenThenCaptured() throws Exception {
        start(false, Crt591DispenserSimulator.Stock.standard());
        assertThat(status(host.ask(0x32, 0x30))).startsWith("1");
        await().atMost(Duration.ofSeconds(2)).until(() -> dispenser.takenCount() == 1);
        assertThat(status(host.ask(0x31, 0x30))).startsWith("0");

        dispenser.inject(Fault.CARD_NOT_TAKEN, 1);
        host.ask(0x32, 0x30);
        await().atMost(Duration.ofSeconds(3)).until(() -> dispenser.capturedCount() == 1);
        assertThat(dispenser.takenCount()).isEqualTo(1);
        assertThat(dispenser.rejectCount()).isEqualTo(1);
    }

    @Test
    void jamHoldsUntilInitialise() throws Exception {
        start(false, Crt591DispenserSimulator.Stock.standard());
        dispenser.inject(Fault.JAM, 1);
        byte[] jam = host.ask(0x32, 0x32);
        assertThat(kind(jam)).isEqualTo('N');
        assertThat(status(jam)).isEqualTo(Crt591DispenserSimulator.CARD_JAM);
        assertThat(status(host.ask(0x32, 0x30))).isEqualTo(Crt591DispenserSimulator.CARD_JAM);
        assertThat(kind(host.ask(0x30, 0x30))).as("initialise clears the jam, captures the card").isEqualTo('P');
        assertThat(dispenser.rejectCount()).isEqualTo(1);
        assertThat(kind(host.ask(0x32, 0x32))).isEqualTo('P');
    }

    @Test
    void unknownCommandCorruptFrameAndNakFault() throws Exception {
        start(false, Crt591DispenserSimulator.Stock.standard());
        byte[] unknown = host.ask(0x39, 0x39);
        assertThat(status(unknown)).isEqualTo(Crt591DispenserSimulator.UNDEFINED_COMMAND);
        byte[] bad = hex("dispenser/status.request.hex");
        bad[bad.length - 1] ^= 0x40;
        line.send(bad);
        assertThat(line.receive(1, 2000)).isEqualTo(hex("dispenser/nak.hex"));
        dispenser.inject(Fault.NAK, 1);
        line.send(hex("dispenser/status.request.hex"));
        assertThat(line.receive(1, 2000)).isEqualTo(hex("dispenser/nak.hex"));
        assertThat(kind(host.ask(0x31, 0x30))).isEqualTo('P');
    }

    @Test
    void ackEnqModeAcknowledgesFirstAndAnswersOnEnq() throws Exception {
        start(true, Crt591DispenserSimulator.Stock.standard());
        line.send(hex("dispenser/status.request.hex"));
        assertThat(line.receive(1, 2000)).isEqualTo(hex("dispenser/ack.hex"));
        assertThat(line.receive(1, 200)).as("nothing before ENQ").isEmpty();
        line.send(hex("dispenser/enq.hex"));
        byte[] reply = host.receiveFrame(2000);
        assertThat(kind(reply)).isEqualTo('P');
        assertThat(status(reply)).isEqualTo("020");
        line.send(hex("dispenser/nak.hex"));
        assertThat(host.receiveFrame(2000)).as("NAK from the host repeats the reply").isEqualTo(reply);
    }

    @Test
    void cardMoveTakesTheConfiguredTime() throws Exception {
        Timing slowMoves = new Timing(true, Duration.ZERO, Duration.ZERO, Duration.ofMillis(400), Duration.ZERO,
                Duration.ZERO, Duration.ofMillis(50), Duration.ofSeconds(1));
        dispenser = new Crt591DispenserSimulator(new PtyLink(dir.resolve("slow")), 9600, slowMoves, 0, false,
                Crt591DispenserSimulator.Stock.standard(), 1);
        dispenser.start();
        line = new SerialHost(dispenser.address(), 9600);
        host = new Crt591Host(line);
        long start = System.nanoTime();
        assertThat(kind(host.ask(0x32, 0x32))).isEqualTo('P');
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(400);
    }
}
