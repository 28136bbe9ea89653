package org.opencheckin.devices.idcard;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.opencheckin.devices.codec.MalformedFrameException;
import org.opencheckin.devices.idcard.codec.CardContent;
import org.opencheckin.devices.idcard.codec.IdCardTextDecoder;
import org.opencheckin.devices.idcard.codec.IdCardTextException;
import org.opencheckin.devices.idcard.codec.SamCodec;
import org.opencheckin.devices.idcard.codec.SamFrameException;
import org.opencheckin.devices.idcard.portrait.ImageIoPortraitDecoder;
import org.opencheckin.devices.idcard.portrait.PortraitDecodeException;
import org.opencheckin.devices.protocol.FrameReader;
import org.opencheckin.devices.protocol.NoReplyException;
import org.opencheckin.devices.testing.Fixture;
import org.opencheckin.devices.testing.Fuzz;
import org.opencheckin.devices.testing.ScriptTransport;
import org.opencheckin.devices.transport.TransportException;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * Every SAM-side decoder on 100,000 random, truncated, bit-flipped, length-inflated and
 * garbage-wrapped inputs: only the codec's own exception, no hang, allocation bounded by the frame
 * maximum whatever LEN says.
 */
class SamDecoderPropertiesTest {
    /** Below the 65,535 bytes an inflated LEN would ask for. */
    static final long FRAME_BUDGET = 4L * SamCodec.MAX_FRAME + 32_768;
    static final List<byte[]> FRAMES = Fixture.all("idcard").stream().map(Fixture::bytes).toList();
    static final List<byte[]> CONTENTS = FRAMES.stream().filter(b -> b.length > 1000)
            .map(b -> Arrays.copyOfRange(b, 10, b.length - 1)).toList();
    static final List<byte[]> TEXTS = CONTENTS.stream().map(c -> Arrays.copyOfRange(c, 4, 4 + 256))
            .toList();

    @Provide
    Arbitrary<byte[]> frames() {
        return Fuzz.around(FRAMES, 64, 5, 2);
    }

    @Provide
    Arbitrary<byte[]> contents() {
        return Fuzz.around(CONTENTS, 64, 0, 2);
    }

    @Provide
    Arbitrary<byte[]> texts() {
        return Fuzz.around(TEXTS, 300, 0, 1);
    }

    @Provide
    Arbitrary<byte[]> photos() {
        return Fuzz.around(List.of(image("bmp"), image("png"), image("jpg")), 64, 18, 2);
    }

    @Property(tries = 100_000)
    void responseDecoder(@ForAll("frames") byte[] input) {
        Fuzz.check(SamCodec::decodeResponse, input, SamFrameException.class, FRAME_BUDGET);
    }

    @Property(tries = 100_000)
    void requestDecoder(@ForAll("frames") byte[] input) {
        Fuzz.check(SamCodec::decodeRequest, input, SamFrameException.class, FRAME_BUDGET);
    }

    @Property(tries = 100_000)
    void streamFramingSkipsGarbageAndBoundsLength(@ForAll("frames") byte[] input, @ForAll @IntRange(min = 1, max = 64) int chunk) {
        FrameReader reader = new FrameReader(new ScriptTransport(input, chunk), SamCodec.BOUNDARY);
        Fuzz.check(in -> {
            try {
                while (true) {
                    byte[] frame = reader.readFrame(1000);
                    if (frame.length > SamCodec.MAX_FRAME) {
                        throw new AssertionError("frame longer than the maximum");
                    }
                    try {
                        SamCodec.decodeResponse(frame);
                    } catch (SamFrameException expected) {
                        // a damaged frame is the protocol's to retry
                    }
                }
            } catch (TransportException | NoReplyException end) {
                // input exhausted
            }
        }, input, MalformedFrameException.class, 3L * input.length + FRAME_BUDGET);
    }

    @Property(tries = 100_000)
    void cardContentDecoder(@ForAll("contents") byte[] input, @ForAll boolean fingerprint) {
        Fuzz.check(in -> CardContent.decode(in, fingerprint), input, SamFrameException.class, FRAME_BUDGET);
    }

    @Property(tries = 100_000)
    void cardTextDecoder(@ForAll("texts") byte[] input) {
        Fuzz.check(IdCardTextDecoder::decode, input, IdCardTextException.class, 32_768);
    }

    @Property(tries = 100_000)
    void portraitDecoder(@ForAll("photos") byte[] input) {
        ImageIoPortraitDecoder decoder = new ImageIoPortraitDecoder();
        Fuzz.check(decoder::decode, input, PortraitDecodeException.class,
                32L * ImageIoPortraitDecoder.MAX_PIXELS, false);
    }

    private static byte[] image(String format) {
        BufferedImage img = new BufferedImage(8, 10, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < 10; y++) {
            for (int x = 0; x < 8; x++) {
                img.setRGB(x, y, (x * 2) << 16 | (y * 2) << 8 | (x + y));
            }
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
