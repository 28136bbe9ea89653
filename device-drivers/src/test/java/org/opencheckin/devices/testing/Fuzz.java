package org.opencheckin.devices.testing;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.opencheckin.devices.codec.MalformedFrameException;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;

/**
 * Inputs and checks shared by the decoder properties: random bytes, truncated, bit-flipped and
 * length-inflated versions of valid frames, garbage around valid frames; and the rule that a
 * decoder throws nothing but its own exception, returns within a generous bound and allocates no
 * more than a fixed multiple of the frame maximum, whatever a length field says. Allocation is
 * measured on a second call with the same input, after class loading and first-call costs.
 */
public final class Fuzz {
    /** Any single decode taking this long is a hang for our purposes (real decodes take microseconds). */
    public static final long HANG_NANOS = 1_000_000_000L;
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private Fuzz() {
    }

    /** A decoder under test. */
    @FunctionalInterface
    public interface Decoder {
        void decode(byte[] input) throws Exception;
    }

    /**
     * Random, truncated, bit-flipped and length-inflated inputs built from {@code seeds}.
     *
     * @param lengthAt   offset of the big-endian length field in a seed
     * @param lengthSize 1 or 2 bytes
     */
    public static Arbitrary<byte[]> around(List<byte[]> seeds, int maxRandom, int lengthAt, int lengthSize) {
        Arbitrary<byte[]> seed = Arbitraries.of(seeds);
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(maxRandom);
        Arbitrary<byte[]> truncated = Combinators.combine(seed, Arbitraries.integers().between(0, Integer.MAX_VALUE))
                .as((s, cut) -> Arrays.copyOf(s, cut % (s.length + 1)));
        Arbitrary<byte[]> flipped = Combinators.combine(seed,
                        Arbitraries.integers().between(0, Integer.MAX_VALUE).list().ofMinSize(1).ofMaxSize(8))
                .as((s, bits) -> {
                    byte[] b = s.clone();
                    for (int bit : bits) {
                        int at = bit % (s.length * 8);
                        b[at / 8] ^= (byte) (1 << (at % 8));
                    }
                    return b;
                });
        Arbitrary<byte[]> inflated = Combinators.combine(seed, Arbitraries.integers().between(0, lengthSize == 2 ? 0xFFFF : 0xFF))
                .as((s, len) -> {
                    byte[] b = s.clone();
                    if (b.length >= lengthAt + lengthSize) {
                        if (lengthSize == 2) {
                            b[lengthAt] = (byte) (len >> 8);
                            b[lengthAt + 1] = (byte) (len & 0xFF);
                        } else {
                            b[lengthAt] = (byte) (len & 0xFF);
                        }
                    }
                    return b;
                });
        Arbitrary<byte[]> wrapped = Combinators.combine(seed, Arbitraries.bytes().array(byte[].class).ofMaxSize(16))
                .as((s, garbage) -> {
                    byte[] b = Arrays.copyOf(garbage, garbage.length + s.length + garbage.length);
                    System.arraycopy(s, 0, b, garbage.length, s.length);
                    System.arraycopy(garbage, 0, b, garbage.length + s.length, garbage.length);
                    return b;
                });
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, random),
                net.jqwik.api.Tuple.of(3, truncated),
                net.jqwik.api.Tuple.of(4, flipped),
                net.jqwik.api.Tuple.of(2, inflated),
                net.jqwik.api.Tuple.of(1, wrapped),
                net.jqwik.api.Tuple.of(1, seed));
    }

    /**
     * Runs {@code decoder} on {@code input} and checks: it returns or throws exactly
     * {@code ownException} (or a subclass); it finishes within {@link #HANG_NANOS}; it allocates at
     * most {@code maxAllocation} bytes.
     */
    public static void check(Decoder decoder, byte[] input, Class<? extends MalformedFrameException> ownException,
                             long maxAllocation) {
        check(decoder, input, ownException, maxAllocation, true);
    }

    /** As {@link #check(Decoder, byte[], Class, long)}; without warm-up when the budget dwarfs class loading. */
    public static void check(Decoder decoder, byte[] input, Class<? extends MalformedFrameException> ownException,
                             long maxAllocation, boolean warmUp) {
        if (warmUp) {
            try {
                decoder.decode(input.clone()); // warm-up: class loading and first-call costs are not the input's doing
            } catch (Throwable ignored) {
                // judged on the measured call below
            }
        }
        long thread = Thread.currentThread().getId();
        long allocatedBefore = THREADS.getThreadAllocatedBytes(thread);
        long start = System.nanoTime();
        try {
            decoder.decode(input);
        } catch (Throwable e) {
            if (!ownException.isInstance(e)) {
                throw new AssertionError("decoder threw " + e + " instead of " + ownException.getSimpleName()
                        + " for " + input.length + " bytes", e);
            }
        }
        long elapsed = System.nanoTime() - start;
        long allocated = THREADS.getThreadAllocatedBytes(thread) - allocatedBefore;
        if (elapsed > HANG_NANOS) {
            throw new AssertionError("decoder took " + elapsed / 1_000_000 + " ms for " + input.length + " bytes");
        }
        if (allocated > maxAllocation) {
            throw new AssertionError("decoder allocated " + allocated + " bytes (limit " + maxAllocation + ") for "
                    + input.length + " input bytes");
        }
    }
}
