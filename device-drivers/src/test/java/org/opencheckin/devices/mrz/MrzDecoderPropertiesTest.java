package org.opencheckin.devices.mrz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.opencheckin.devices.mrz.codec.MrzFormatException;
import org.opencheckin.devices.mrz.codec.MrzParser;
import org.opencheckin.devices.mrz.codec.OcrFrame;
import org.opencheckin.devices.mrz.codec.OcrFrameCodec;
import org.opencheckin.devices.mrz.document.MrzFormat;
import org.opencheckin.devices.mrz.protocol.OcrStream;
import org.opencheckin.devices.testing.Fixture;
import org.opencheckin.devices.testing.Fuzz;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The MRZ reader's decoders (3M frame, byte stream, MRZ parser) on 100,000 damaged
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

    /** Any bytes in any chunking: only complete sets of one format come out, nothing throws or hangs. */
    @Property(tries = 100_000)
    void streamYieldsOnlyCompleteLineSets(@ForAll("frames") byte[] input, @ForAll @IntRange(min = 1, max = 32) int chunk,
                                          @ForAll @IntRange(min = 0, max = 3) int pauseEvery) {
        Fuzz.check(in -> {
            OcrStream stream = new OcrStream(Duration.ofMillis(100), Duration.ofSeconds(1));
            long t = 0;
            for (int at = 0, n = 0; at < in.length; at += chunk, n++) {
                stream.received(in, at, Math.min(chunk, in.length - at), t += 1_000_000);
                if (pauseEvery > 0 && n % pauseEvery == 0) {
                    stream.quiet(t += 150_000_000);
                }
                for (Optional<OcrStream.Scan> s = stream.poll(); s.isPresent(); s = stream.poll()) {
                    if (s.get() instanceof OcrStream.Lines lines) {
                        assertCompleteSet(lines.lines());
                    }
                }
            }
        }, input, MrzFormatException.class, 8L * input.length + FRAME_BUDGET);
    }

    /**
     * Whatever damaged bytes came first, after a pause longer than the inter-byte timeout a good
     * document is read exactly: no stale byte is glued onto it and none of its lines is lost.
     */
    @Property(tries = 100_000)
    void aGoodDocumentAfterDamageAndAPauseIsReadExactly(@ForAll("frames") byte[] damage, @ForAll("specimens") List<String> good,
                                                        @ForAll boolean framed, @ForAll @IntRange(min = 1, max = 32) int chunk) {
        OcrStream stream = new OcrStream(Duration.ofMillis(100), Duration.ofSeconds(1));
        long t = 0;
        for (int at = 0; at < damage.length; at += chunk) {
            stream.received(damage, at, Math.min(chunk, damage.length - at), t += 1_000_000);
        }
        stream.quiet(t += 100_000_000);
        while (stream.poll().isPresent()) {
            // scans of the damaged bytes, if any
        }
        byte[] doc = framed ? framed(good) : (String.join("\r", good) + "\r").getBytes(StandardCharsets.US_ASCII);
        for (int at = 0; at < doc.length; at += chunk) {
            stream.received(doc, at, Math.min(chunk, doc.length - at), t += 1_000_000);
        }
        assertThat(stream.poll()).contains(new OcrStream.Lines(good, framed));
        assertThat(stream.poll()).isEmpty();
    }

    @Provide
    Arbitrary<List<String>> specimens() {
        return Arbitraries.of(SPECIMENS);
    }

    static byte[] framed(List<String> lines) {
        List<String> three = lines.size() == 3 ? lines : List.of(lines.get(0), "", lines.get(1));
        return OcrFrameCodec.encode(new OcrFrame('0', three));
    }

    static void assertCompleteSet(List<String> lines) {
        MrzFormat format = MrzFormat.ofLineLength(lines.get(0).length());
        assertThat(format).isNotNull();
        assertThat(lines).hasSize(format.lines()).allSatisfy(l -> {
            assertThat(l).hasSize(format.lineLength());
            assertThat(l).matches("[A-Z0-9<]+");
        });
    }

    @Property(tries = 100_000)
    void mrzParser(@ForAll("mrzLines") List<String> lines) {
        byte[] asBytes = String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
        Fuzz.check(in -> MrzParser.parse(lines, TODAY), asBytes, MrzFormatException.class, 64_000);
    }
}
