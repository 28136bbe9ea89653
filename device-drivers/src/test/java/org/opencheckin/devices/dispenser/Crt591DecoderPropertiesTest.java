package org.opencheckin.devices.dispenser;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.opencheckin.devices.codec.MalformedFrameException;
import org.opencheckin.devices.dispenser.codec.Crt591Codec;
import org.opencheckin.devices.dispenser.codec.Crt591FrameException;
import org.opencheckin.devices.dispenser.codec.DispenserStatus;
import org.opencheckin.devices.dispenser.codec.MifareApdu;
import org.opencheckin.devices.protocol.FrameReader;
import org.opencheckin.devices.protocol.NoReplyException;
import org.opencheckin.devices.testing.Fixture;
import org.opencheckin.devices.testing.Fuzz;
import org.opencheckin.devices.testing.ScriptTransport;
import org.opencheckin.devices.transport.TransportException;

import java.util.Arrays;
import java.util.List;

/**
 * Every CRT-591-side decoder on 100,000 random, truncated, bit-flipped, length-inflated and
 * garbage-wrapped inputs: only the codec's own exception, no hang, allocation bounded by the frame
 * maximum whatever LEN says.
 */
class Crt591DecoderPropertiesTest {
    /** Below the 65,535 bytes an inflated LEN would ask for. */
    static final long FRAME_BUDGET = 4L * Crt591Codec.MAX_FRAME + 32_768;
    static final List<byte[]> FRAMES = Fixture.all("dispenser").stream().map(Fixture::bytes)
            .filter(b -> b.length > 1).toList();
    static final List<byte[]> REPLY_DATA = FRAMES.stream().filter(b -> b[4] == 'P')
            .map(b -> Arrays.copyOfRange(b, 7, b.length - 2)).toList();

    @Provide
    Arbitrary<byte[]> frames() {
        return Fuzz.around(FRAMES, 64, 2, 2);
    }

    @Provide
    Arbitrary<byte[]> replyData() {
        return Fuzz.around(REPLY_DATA, 24, 0, 1);
    }

    @Property(tries = 100_000)
    void replyDecoder(@ForAll("frames") byte[] input) {
        Fuzz.check(Crt591Codec::decodeReply, input, Crt591FrameException.class, FRAME_BUDGET);
    }

    @Property(tries = 100_000)
    void commandDecoder(@ForAll("frames") byte[] input) {
        Fuzz.check(Crt591Codec::decodeCommand, input, Crt591FrameException.class, FRAME_BUDGET);
    }

    @Property(tries = 100_000)
    void streamFramingSkipsGarbageAndBoundsLength(@ForAll("frames") byte[] input, @ForAll @IntRange(min = 1, max = 32) int chunk) {
        FrameReader reader = new FrameReader(new ScriptTransport(input, chunk), Crt591Codec.BOUNDARY);
        Fuzz.check(in -> {
            try {
                while (true) {
                    byte[] frame = reader.readFrame(1000);
                    if (frame.length > Crt591Codec.MAX_FRAME) {
                        throw new AssertionError("frame longer than the maximum");
                    }
                    if (frame.length > 1) {
                        try {
                            Crt591Codec.decodeReply(frame);
                        } catch (Crt591FrameException expected) {
                            // a damaged frame is the protocol's to handle
                        }
                    }
                }
            } catch (TransportException | NoReplyException end) {
                // input exhausted
            }
        }, input, MalformedFrameException.class, 3L * input.length + FRAME_BUDGET);
    }

    @Property(tries = 100_000)
    void statusAndMifareReplyDecoders(@ForAll("replyData") byte[] input) {
        Fuzz.check(in -> {
            try {
                DispenserStatus.decode(Arrays.copyOf(in, Math.min(3, in.length)));
            } catch (Crt591FrameException expected) {
                // next decoder
            }
            try {
                MifareApdu.statusWord(in);
            } catch (Crt591FrameException expected) {
                // next decoder
            }
            MifareApdu.blockData(in);
        }, input, Crt591FrameException.class, 16_384);
    }
}
