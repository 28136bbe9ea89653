package org.opencheckin.devices.mrz;

import org.junit.jupiter.api.Test;
import org.opencheckin.devices.mrz.codec.MrzFormatException;
import org.opencheckin.devices.mrz.codec.OcrFrame;
import org.opencheckin.devices.mrz.codec.OcrFrameCodec;
import org.opencheckin.devices.mrz.protocol.OcrStream;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A frame whose LEN, ETX and BCC are right but whose lines are not one MRZ set: the BCC is an XOR,
 * so flips that cancel bit by bit pass it, and a line can lose its last character to padding.
 */
class OcrFrameTest {
    static final String TD3_1 = MrzParserTest.TD3_1;
    static final String TD3_2 = MrzParserTest.TD3_2;

    @Test
    void completeSetsInEveryLayoutTheReadersUse() throws Exception {
        assertThat(new OcrFrame('0', List.of("", TD3_1, TD3_2)).mrzLines()).containsExactly(TD3_1, TD3_2);
        assertThat(new OcrFrame('0', List.of(TD3_1, "", TD3_2)).mrzLines()).containsExactly(TD3_1, TD3_2);
        assertThat(new OcrFrame('0', List.of(MrzParserTest.TD1_1, MrzParserTest.TD1_2, MrzParserTest.TD1_3)).mrzLines())
                .hasSize(3);
    }

    @Test
    void linesOfTheWrongLengthMixedLengthsOrNoLastLineAreRefused() {
        for (List<String> lines : List.of(
                List.of("", TD3_1.substring(0, 43), TD3_2),
                List.of("", TD3_1, MrzParserTest.TD1_1),
                List.of(TD3_1, TD3_2, ""),
                List.of("", "", TD3_2),
                List.of("", "", ""))) {
            assertThatThrownBy(() -> new OcrFrame('0', lines).mrzLines())
                    .isInstanceOf(MrzFormatException.class)
                    .hasMessageContaining("not one TD1, TD2 or TD3 set");
        }
    }

    @Test
    void aLineShortenedByFlipsThatCancelInTheBccIsADamagedFrame() throws Exception {
        List<String> td1 = List.of(MrzParserTest.TD1_1, MrzParserTest.TD1_2, MrzParserTest.TD1_3);
        byte[] frame = OcrFrameCodec.encode(new OcrFrame('0', td1));
        int last = 6 + 29; // line 1's last character, '<'
        assertThat(frame[last]).isEqualTo((byte) '<');
        frame[last] ^= '<' ^ '_'; // now padding, so line 1 has 29 characters
        frame[5] ^= '<' ^ '_'; // the same bits in the flag byte: the BCC still passes
        assertThat(OcrFrameCodec.decode(frame).lines().get(0)).hasSize(29);

        OcrStream stream = new OcrStream(Duration.ofMillis(100), Duration.ofSeconds(1));
        stream.received(frame, 0, frame.length, 0);
        assertThat(stream.poll()).get().isInstanceOf(OcrStream.DamagedFrame.class);
        assertThat(stream.poll()).isEmpty();
    }
}
