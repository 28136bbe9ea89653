package org.opencheckin.devices.idcard;

import java.time.Duration;

/**
 * Timeouts and retry bounds of the ID-card reader. Property names as a Micronaut app would bind
 * them under {@code devices.idcard}.
 *
 * @param replyTimeout      {@code reply-timeout}: wait for the reply to a short command (status,
 *                          find, select). Default 500 ms.
 * @param readTimeout       {@code read-timeout}: wait for the read-text reply (1,295 bytes take
 *                          112 ms at 115200 baud and 1.35 s at 9600). Default 3 s.
 * @param findCardInterval  {@code find-card-interval}: pause between find-card polls; the reader
 *                          needs at least 300 ms, smaller values are raised to it. Default 300 ms.
 * @param transportRetries  {@code transport-retries}: resends after a timeout, bad checksum,
 *                          garbage or a reader-reported checksum/length error. Default 2.
 * @param readFingerprint   {@code read-fingerprint}: use command 30 10 instead of 30 01. Default false.
 */
public record IdCardReaderConfig(Duration replyTimeout, Duration readTimeout, Duration findCardInterval,
                                 int transportRetries, boolean readFingerprint) {
    public static final Duration MIN_FIND_CARD_INTERVAL = Duration.ofMillis(300);

    public IdCardReaderConfig {
        if (findCardInterval.compareTo(MIN_FIND_CARD_INTERVAL) < 0) {
            findCardInterval = MIN_FIND_CARD_INTERVAL;
        }
        if (transportRetries < 0) {
            throw new IllegalArgumentException("transportRetries must be >= 0");
        }
    }

    public static IdCardReaderConfig defaults() {
        return new IdCardReaderConfig(Duration.ofMillis(500), Duration.ofSeconds(3), MIN_FIND_CARD_INTERVAL, 2, false);
    }
}
