package org.opencheckin.kiosk.vision.opencv;

import org.opencheckin.kiosk.vision.FaceTimings;

/** Accumulates wall-clock time per pipeline stage for one call. Not thread-safe; one per call. */
final class FaceTimer {

    enum Stage { DECODE, DETECT, ALIGN, EMBED }

    private final long start = System.nanoTime();
    private long last = start;
    private final long[] nanos = new long[Stage.values().length];

    void lap(Stage stage) {
        long now = System.nanoTime();
        nanos[stage.ordinal()] += now - last;
        last = now;
    }

    FaceTimings timings() {
        return new FaceTimings(ms(nanos[0]), ms(nanos[1]), ms(nanos[2]), ms(nanos[3]), ms(System.nanoTime() - start));
    }

    private static double ms(long n) {
        return Math.round(n / 1e4) / 100.0;
    }
}
