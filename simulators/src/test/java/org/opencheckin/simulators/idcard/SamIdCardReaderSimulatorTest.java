package org.opencheckin.simulators.idcard;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencheckin.simulators.core.Fault;
import org.opencheckin.simulators.core.Timing;
import org.opencheckin.simulators.guest.CardPhotos;
import org.opencheckin.simulators.guest.Guest;
import org.opencheckin.simulators.guest.GuestRoster;
import org.opencheckin.simulators.link.PtyLink;
import org.opencheckin.simulators.testing.SerialHost;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencheckin.simulators.testing.Fixtures.hex;

class SamIdCardReaderSimulatorTest {

    @TempDir
    Path dir;

    private final GuestRoster roster = GuestRoster.bundled();
    private SamIdCardReaderSimulator reader;
    private SerialHost host;

    @BeforeEach
    void start() throws Exception {
        reader = new SamIdCardReaderSimulator(new PtyLink(dir.resolve("idcard")), 115200, Timing.fast(), CardPhotos.none(), 1);
        reader.start();
        host = new SerialHost(reader.address(), 115200);
    }

    @AfterEach
    void stop() throws Exception {
        host.close();
        reader.close();
    }

    private byte[] ask(String requestFixture) {
        host.send(hex("idcard/" + requestFixture));
        return host.receiveSamFrame(3000);
    }

    @Test
    void samCommandsAnswerAsThePublishedFrames() {
        assertThat(ask("sam-status.request.hex")).isEqualTo(hex("idcard/sam-status-ok.reply.hex"));
        assertThat(ask("reset-sam.request.hex")).isEqualTo(SamFrames.reply(0x90, new byte[0]));
        byte[] samId = ask("read-sam-id.request.hex");
        assertThat(samId).hasSize(7 + 3 + 16 + 1);
        assertThat(samId[9]).isEqualTo((byte) 0x90);
        assertThat(Arrays.copyOfRange(samId, 10, 26)).isEqualTo(SamIdCardReaderSimulator.SAM_ID);
    }

    @Test
    void noCardMeansFindFailsAndReadFails() {
        assertThat(ask("find-card.request.hex")).isEqualTo(hex("idcard/find-card-none.reply.hex"));
        assertThat(ask("read-text-photo.request.hex")).isEqualTo(hex("idcard/read-text-photo-failed.reply.hex"));
    }

    @Test
    void aPlacedCardIsFoundSelectedAndReadAndMustBeLiftedBeforeTheNextFind() {
        Guest guest = roster.get("zhang-wei");
        reader.place(guest);
        assertThat(ask("find-card.request.hex")).isEqualTo(hex("idcard/find-card-found.reply.hex"));
        byte[] select = ask("select-card.request.hex");
        assertThat(Arrays.copyOf(select, 10)).isEqualTo(new byte[]{(byte) 0xAA, (byte) 0xAA, (byte) 0xAA, (byte) 0x96, 0x69, 0x00, 0x0C, 0, 0, (byte) 0x90});
        assertThat(select).hasSize(7 + 12);

        byte[] read = ask("read-text-photo.request.hex");
        assertThat(read).hasSize(1295);
        assertThat(Arrays.copyOf(read, 14)).isEqualTo(hex("idcard/read-text-photo-ok.header.hex"));
        assertThat(read[1294]).as("CHK").isEqualTo(SamFrames.chk(read, 5, 1294));
        byte[] text = Arrays.copyOfRange(read, 14, 270);
        assertThat(field(text, 0, 30)).isEqualTo("张伟");
        assertThat(field(text, 30, 32)).isEqualTo("1");
        assertThat(field(text, 32, 36)).isEqualTo("01");
        assertThat(field(text, 36, 52)).isEqualTo("19850312");
        assertThat(field(text, 122, 158)).isEqualTo("110101198503120017");
        assertThat(field(text, 188, 204)).isEqualTo("20190601");
        assertThat(field(text, 204, 220)).isEqualTo("20390601");
        assertThat(text[248]).as("resident card: type byte is a space").isEqualTo((byte) 0x20);

        assertThat(ask("find-card.request.hex")).as("card not lifted yet").isEqualTo(hex("idcard/find-card-none.reply.hex"));
        reader.lift();
        reader.place(guest);
        assertThat(ask("find-card.request.hex")).isEqualTo(hex("idcard/find-card-found.reply.hex"));
    }

    @Test
    void foreignerAndHmtCardsCarryTheirTypeLetterAndLayout() {
        reader.place(roster.get("john-smith"));
        byte[] text = readText();
        assertThat(field(text, 248, 250)).isEqualTo("I");
        assertThat(field(text, 0, 120)).isEqualTo("SMITH JOHN ROBERT");
        assertThat(field(text, 122, 152)).isEqualTo("USA310078051923");
        assertThat(field(text, 152, 158)).isEqualTo("USA");
        assertThat(field(text, 220, 236)).isEqualTo("19780519");

        reader.lift();
        reader.place(roster.get("chan-ka-ming"));
        text = readText();
        assertThat(field(text, 248, 250)).isEqualTo("J");
        assertThat(field(text, 122, 158)).isEqualTo("810000198806050013");
        assertThat(field(text, 220, 238)).isEqualTo("H60123456");
        assertThat(field(text, 238, 242)).isEqualTo("02");
    }

    @Test
    void longTermCardSaysSoInValidTo() {
        reader.place(roster.get("wang-fang"));
        assertThat(field(readText(), 204, 220)).isEqualTo("长期");
    }

    @Test
    void fingerprintVariantsHaveThePublishedLengths() {
        assertThat(readWithFingerprint("li-na")).hasSize(2321).satisfies(f -> assertThat(Arrays.copyOfRange(f, 5, 7)).isEqualTo(new byte[]{0x09, 0x0A}));
        assertThat(readWithFingerprint("wang-fang")).hasSize(1809);
        assertThat(readWithFingerprint("zhang-wei")).hasSize(1297);
    }

    @Test
    void newAddressIsThereOnlyWhenTheCardHasOne() {
        reader.place(roster.get("li-na"));
        byte[] reply = ask("read-new-address.request.hex");
        assertThat(reply[9]).isEqualTo((byte) 0x90);
        assertThat(field(Arrays.copyOfRange(reply, 10, reply.length - 1), 0, 70)).isEqualTo("上海市徐汇区天钥桥路100号");
        reader.lift();
        reader.place(roster.get("zhang-wei"));
        assertThat(ask("read-new-address.request.hex")[9]).isEqualTo((byte) 0x91);
    }

    @Test
    void aCorruptedRequestIsAnsweredWithChecksumError() {
        byte[] bad = hex("idcard/find-card.request.hex");
        bad[bad.length - 1] ^= 0x01;
        host.send(bad);
        assertThat(host.receiveSamFrame(2000)[9]).isEqualTo((byte) 0x10);
    }

    @Test
    void samFailureCardRemovedMidReadAndNakFaults() throws Exception {
        reader.inject(Fault.SAM_FAILURE, -1);
        assertThat(ask("sam-status.request.hex")[9]).isEqualTo((byte) 0x60);
        reader.clearFaults();
        assertThat(ask("sam-status.request.hex")).isEqualTo(hex("idcard/sam-status-ok.reply.hex"));

        reader.place(roster.get("zhang-wei"));
        ask("find-card.request.hex");
        ask("select-card.request.hex");
        reader.inject(Fault.CARD_REMOVED_MID_READ, 1);
        assertThat(ask("read-text-photo.request.hex")).isEqualTo(hex("idcard/read-text-photo-failed.reply.hex"));
        assertThat(reader.card()).isNull();

        reader.inject(Fault.NAK, 1);
        assertThat(ask("sam-status.request.hex")[9]).isEqualTo((byte) 0x10);
        assertThat(ask("sam-status.request.hex")).isEqualTo(hex("idcard/sam-status-ok.reply.hex"));
    }

    @Test
    void lineFaultsGarbleExactlyTheNextReply() throws Exception {
        byte[] ok = hex("idcard/sam-status-ok.reply.hex");
        reader.inject(Fault.NO_REPLY, 1);
        host.send(hex("idcard/sam-status.request.hex"));
        assertThat(host.receive(1, 300)).isEmpty();

        reader.inject(Fault.GARBAGE_BEFORE_FRAME, 1);
        host.send(hex("idcard/sam-status.request.hex"));
        byte[] garbage = host.receiveUntilQuiet(100, 2000);
        assertThat(garbage.length).isGreaterThan(ok.length);
        assertThat(Arrays.copyOfRange(garbage, garbage.length - ok.length, garbage.length)).isEqualTo(ok);

        reader.inject(Fault.BIT_FLIP, 1);
        host.send(hex("idcard/sam-status.request.hex"));
        byte[] flipped = host.receiveUntilQuiet(100, 2000);
        assertThat(flipped).hasSameSizeAs(ok).isNotEqualTo(ok);
        int differingBits = 0;
        for (int i = 0; i < ok.length; i++) {
            differingBits += Integer.bitCount((ok[i] ^ flipped[i]) & 0xFF);
        }
        assertThat(differingBits).isEqualTo(1);

        reader.inject(Fault.DROP_BYTE, 1);
        host.send(hex("idcard/sam-status.request.hex"));
        assertThat(host.receiveUntilQuiet(100, 2000)).hasSize(ok.length - 1);

        reader.inject(Fault.INSERT_BYTE, 1);
        host.send(hex("idcard/sam-status.request.hex"));
        assertThat(host.receiveUntilQuiet(100, 2000)).hasSize(ok.length + 1);

        assertThat(ask("sam-status.request.hex")).isEqualTo(ok);
    }

    @Test
    void bytesLeaveAtTheBaudRate() {
        reader.place(roster.get("zhang-wei"));
        ask("find-card.request.hex");
        ask("select-card.request.hex");
        long start = System.nanoTime();
        byte[] read = ask("read-text-photo.request.hex");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(read).hasSize(1295);
        // 1,295 bytes x 10 bits at 115200 baud = 112 ms on the wire.
        assertThat(millis).isGreaterThanOrEqualTo(105);
    }

    private byte[] readText() {
        ask("find-card.request.hex");
        ask("select-card.request.hex");
        byte[] read = ask("read-text-photo.request.hex");
        assertThat(read).hasSize(1295);
        return Arrays.copyOfRange(read, 14, 270);
    }

    private byte[] readWithFingerprint(String guestId) {
        reader.lift();
        reader.place(roster.get(guestId));
        ask("find-card.request.hex");
        ask("select-card.request.hex");
        byte[] frame = ask("read-fingerprint.request.hex");
        assertThat(frame[frame.length - 1]).isEqualTo(SamFrames.chk(frame, 5, frame.length - 1));
        return frame;
    }

    private static String field(byte[] text, int from, int to) {
        return new String(Arrays.copyOfRange(text, from, to), StandardCharsets.UTF_16LE).stripTrailing();
    }
}
