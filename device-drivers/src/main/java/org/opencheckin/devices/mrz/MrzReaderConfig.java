package org.opencheckin.devices.mrz;

import java.time.Duration;

/**
 * Timeouts of the MRZ reader, bound under {@code devices.mrz}.
 *
 * @param lineGap {@code line-gap}: longest pause between two bare lines of one document; a
 *                document whose lines stop coming is dropped. Default 500 ms.
 * @param pollSlice {@code poll-slice}: how long one read waits before the driver re-checks its
 *                deadline. Default 100 ms.
 */
public record MrzReaderConfig(Duration lineGap, Duration pollSlice) {
    public static MrzReaderConfig defaults() {
        return new MrzReaderConfig(Duration.ofMillis(500), Duration.ofMillis(100));
    }
}
