package org.opencheckin.simulators.core;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long the simulated devices take. Real mode: bytes leave at the line's baud rate (10 bits a byte,
 * 8N1) and physical actions take what a real device takes. Fast mode (unit tests): actions are instant
 * and bytes are still paced, since pacing at 9600 baud or more costs only milliseconds.
 *
 * @param paceBytes      send bytes no faster than the baud rate allows
 * @param idReadMin      shortest SAM text+photo read (real readers: about 0.8 s)
 * @param idReadMax      longest SAM text+photo read (about 1.2 s)
 * @param cardMove       one mechanical card move in the dispenser (about 2 s)
 * @param mifareWrite    one MIFARE block write (about 0.2 s)
 * @param mrzRead        from a passport laid on the glass to the MRZ being sent
 * @param guestTakesCard how long a guest takes to pull a card out of the gate
 * @param gateTimeout    how long a card may sit in the gate before the dispenser captures it
 */
public record Timing(boolean paceBytes, Duration idReadMin, Duration idReadMax, Duration cardMove,
                     Duration mifareWrite, Duration mrzRead, Duration guestTakesCard, Duration gateTimeout) {

    public static Timing realistic() {
        return new Timing(true, Duration.ofMillis(800), Duration.ofMillis(1200), Duration.ofSeconds(2),
                Duration.ofMillis(200), Duration.ofMillis(1000), Duration.ofSeconds(3), Duration.ofSeconds(60));
    }

    public static Timing fast() {
        return new Timing(true, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO,
                Duration.ofMillis(50), Duration.ofMillis(500));
    }

    /** A uniformly drawn ID-card read time within the configured range. */
    public Duration idRead() {
        long min = idReadMin.toMillis();
        long max = Math.max(min, idReadMax.toMillis());
        return Duration.ofMillis(min == max ? min : ThreadLocalRandom.current().nextLong(min, max + 1));
    }

    /** Nanoseconds one byte takes on an 8N1 line at {@code baud}. */
    public static long nanosPerByte(int baud) {
        return 10L * 1_000_000_000L / baud;
    }

    public static void sleep(Duration duration) {
        if (duration.isZero() || duration.isNegative()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
