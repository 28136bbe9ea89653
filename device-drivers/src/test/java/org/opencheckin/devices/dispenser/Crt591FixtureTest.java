package org.opencheckin.devices.dispenser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencheckin.devices.dispenser.codec.Crt591Codec;
import org.opencheckin.devices.dispenser.codec.Crt591Command;
import org.opencheckin.devices.dispenser.codec.Crt591Reply;
import org.opencheckin.devices.dispenser.codec.DispenserStatus;
import org.opencheckin.devices.testing.Fixture;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every CRT-591 fixture decodes to its fields and encodes back to its exact bytes. */
class Crt591FixtureTest {

    static List<Fixture> commands() {
        return of("command");
    }

    static List<Fixture> replies() {
        return of("reply");
    }

    static List<Fixture> controls() {
        return of("control");
    }

    private static List<Fixture> of(String kind) {
        return Fixture.all("dispenser").stream().filter(f -> f.get("kind").equals(kind)).toList();
    }

    @ParameterizedTest
    @MethodSource("commands")
    void commandDecodesAndEncodesExactly(Fixture f) throws Exception {
        Crt591Command expected = new Crt591Command(f.hexByte("addr"), f.hexByte("cm"), f.hexByte("pm"), f.hex("data"));
        Crt591Command decoded = Crt591Codec.decodeCommand(f.bytes());

        assertThat(decoded).isEqualTo(expected);
        assertThat(Crt591Codec.encode(expected)).isEqualTo(f.bytes());
        assertThat(Crt591Codec.decodeCommand(Crt591Codec.encode(decoded))).isEqualTo(decoded);
    }

    @ParameterizedTest
    @MethodSource("replies")
    void replyDecodesAndEncodesExactly(Fixture f) throws Exception {
        boolean positive = f.get("type").equals("P");
        Crt591Reply expected = new Crt591Reply(f.hexByte("addr"), positive, f.hexByte("cm"), f.hexByte("pm"),
                f.hex("st"), f.hex("data"));
        Crt591Reply decoded = Crt591Codec.decodeReply(f.bytes());

        assertThat(decoded).isEqualTo(expected);
        assertThat(Crt591Codec.encode(expected)).isEqualTo(f.bytes());
        assertThat(Crt591Codec.decodeReply(Crt591Codec.encode(decoded))).isEqualTo(decoded);
        if (f.has("position")) {
            DispenserStatus status = DispenserStatus.decode(decoded.status());
            assertThat(status.position().name()).isEqualTo(f.get("position"));
            assertThat(status.stacker().name()).isEqualTo(f.get("stacker"));
            assertThat(status.rejectBinFull()).isEqualTo(Boolean.parseBoolean(f.get("binFull")));
            assertThat(status.encode()).isEqualTo(decoded.status());
        }
        if (f.has("error")) {
            assertThat(decoded.errorCode()).isEqualTo(f.get("error"));
        }
    }

    @ParameterizedTest
    @MethodSource("controls")
    void controlBytesAreOneByteFrames(Fixture f) throws Exception {
        assertThat(f.bytes()).hasSize(1);
        assertThat(Crt591Codec.isControl(f.bytes()[0] & 0xFF)).isTrue();
        assertThat(Crt591Codec.BOUNDARY.frameLength(f.bytes(), 0, 1)).isEqualTo(1);
    }
}
