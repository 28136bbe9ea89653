package org.opencheckin.devices.mrz;

import java.time.Duration;

/**
 * Timeouts of the MRZ reader, bound under {@code devices.mrz}.
 *
 * @param interByteTimeout {@code inter-byte-timeout}: longest silence inside a 3M frame or a bare
 *                         line, and between the bare lines of one document. A frame or line that
 *                         stops for longer is discarded whole (as is an incomplete set of bare
 *                         lines) and the reader waits for the next SOH or line start, so stale
 *                         bytes are never glued onto the next scan. Default 100 ms: one character
 *                         takes about 1 ms at 9600 baud and 8.3 ms at 1200 baud.
 * @param documentWindow   {@code document-window}: longest time from the first character of a
 *                         bare-line document to the CR of its last line; an incomplete set of lines
 *                         is dropped after it. Default 1 s (a TD1 takes about 0.8 s at 1200 baud).
 * @param pollSlice        {@code poll-slice}: how long one read waits before the driver re-checks
 *                         its deadline. Default 100 ms.
 */
public record MrzReaderConfig(Duration interByteTimeout, Duration documentWindow, Duration pollSlice) {
    public MrzReaderConfig {
        requirePositive(interByteTimeout, "inter-byte-timeout");
        requirePositive(documentWindow, "document-window");
        requirePositive(pollSlice, "poll-slice");
    }

    public static MrzReaderConfig defaults() {
        return new MrzReaderConfig(Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofMillis(100));
    }

    private static void requirePositive(Duration d, String property) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("devices.mrz." + property + " must be a positive duration");
        }
    }
}
