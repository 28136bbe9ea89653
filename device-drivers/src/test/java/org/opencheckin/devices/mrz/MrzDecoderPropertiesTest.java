package org.opencheckin.devices.mrz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.opencheckin.devices.codec.MalformedFrameException;
import org.opencheckin.devices.mrz.codec.MrzFormatException;
import org.opencheckin.devices.mrz.codec.MrzParser;
import org.opencheckin.devices.mrz.codec.OcrFrameCodec;
import org.opencheckin.devices.protocol.FrameReader;
import org.opencheckin.devices.protocol.NoReplyException;
import org.opencheckin.devices.testing.Fixture;
import org.opencheckin.devices.testing.Fuzz;
import org.opencheckin.devices.testing.ScriptTransport;
import org.opencheckin.devices.transport.TransportException;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The MRZ reader's decoders (3M frame, bare line, stream framing, MRZ parser) on 100,000 damaged
 * inputs each: only MrzFormatException, no hang, bounded allocation.
 */
class MrzDecoderPropertiesTest {
    static final long FRAME_BUDGET = 8L * OcrFrameCodec.MAX_FRAME + 32_768;
    static final List<byte[]> FRAMES = Fixture.all("mrz").stream().map(Fixture::bytes).toList();
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<";
    static final List<List<String>> SPECIMENS = List.of(
            List.of(MrzParserTest.TD3_1, MrzParserTest.TD3_2),
            List.of(MrzParserTest.TD1_1, MrzParserTest.TD1_2, MrzParserTest.TD1_3),
            List.of("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "D231458907UTO7408122F1204159<<<<<<<6"));

    @Provide
    Arbitrary<byte[]> frames() {
        return Fuzz.around(FRAMES, 64, 1, 1);
    }

    @Provide
    Arbitrary<List<String>> mrzLines() {
        Arbitrary<List<String>> substituted = Arbitraries.of(SPECIMENS).flatMap(lines -> Arbitraries.integers()
                .between(0, 1000).list().ofMinSize(1).ofMaxSize(3).map(positions -> {
                    List<String> out = new ArrayList<>(lines);
                    for (int p : positions) {
                        int line = p % out.size();
                        String s = out.get(line);
                        int at = p % s.length();
                        char c = (char) (p % 3 == 0 ? ' ' + p % 95 : ALPHABET.charAt(p % ALPHABET.length()));
                        out.set(line, s.substring(0, at) + c + s.substring(at + 1));
                    }
                    return out;
                }));
        Arbitrary<List<String>> random = Arbitraries.strings().withChars(ALPHABET + "_a ").ofMaxLength(46)
                .list().ofMinSize(0).ofMaxSize(4);
        Arbitrary<List<String>> truncated = Arbitraries.of(SPECIMENS).flatMap(lines -> Arbitraries.integers()
                .between(0, 44).map(cut -> lines.stream().map(l -> l.substring(0, Math.min(cut, l.length()))).toList()));
        return Arbitraries.oneOf(substituted, random, truncated);
    }

    @Property(tries = 100_000)
    void ocrFrameDecoder(@ForAll("frames") byte[] input) {
        Fuzz.check(OcrFrameCodec::decode, input, MrzFormatException.class, FRAME_BUDGET);
    }

    @Property(tries = 100_000)
    void bareLineDecoder(@ForAll("frames") byte[] input) {
        Fuzz.check(OcrFrameCodec::decodeLine, input, MrzFormatException.class, FRAME_BUDGET);
    }

    @Property(tries = 100_000)
    void streamFramingSkipsGarbageAndBoundsLength(@ForAll("frames") byte[] input, @ForAll @IntRange(min = 1, max = 32) int chunk) {
        FrameReader reader = new FrameReader(new ScriptTransport(input, chunk), OcrFrameCodec.BOUNDARY);
        Fuzz.check(in -> {
            try {
                while (true) {
                    byte[] frame = reader.readFrame(1000);
                    if (frame.length > OcrFrameCodec.MAX_FRAME) {
                        throw new AssertionError("frame longer than the maximum");
                    }
                    try {
                        if (OcrFrameCodec.isFramed(frame)) {
                            OcrFrameCodec.decode(frame);
                        } else {
                            OcrFrameCodec.decodeLine(frame);
                        }
                    } catch (MrzFormatException expected) {
                        // the driver reports it
                    }
                }
            } catch (TransportException | NoReplyException end) {
                // input exhausted
            }
        }, input, MalformedFrameException.class, 3L * input.length + FRAME_BUDGET);
    }

    @Property(tries = 100_000)
    void mrzParser(@ForAll("mrzLines") List<String> lines) {
        byte[] asBytes = String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
        Fuzz.check(in -> MrzParser.parse(lines, TODAY), asBytes, MrzFormatException.class, 64_000);
    }
}
