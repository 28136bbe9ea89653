package org.opencheckin.devices.dispenser;

import java.time.Duration;

/**
 * Timeouts and bounds of the key-card dispenser, bound under {@code devices.dispenser}.
 *
 * @param address          {@code address}: the ADDR byte of the unit. Default 0.
 * @param replyTimeout     {@code reply-timeout}: reply to a status or MIFARE command. Default 1 s.
 * @param moveTimeout      {@code move-timeout}: reply to a card move (RF position, eject,
 *                         capture, initialise); a move takes about 2 s. Default 5 s.
 * @param cardTakeTimeout  {@code card-take-timeout}: how long an ejected card may wait at the gate
 *                         before it is captured into the reject bin. Default 30 s. Counted as
 *                         {@code card-take-timeout / take-poll-interval} status polls, so a slow
 *                         status reply lengthens it rather than cutting the guest short.
 * @param takePollInterval {@code take-poll-interval}: status polls while waiting for the guest to
 *                         take the card. Default 500 ms.
 * @param transportRetries {@code transport-retries}: resends of a command without physical effect
 *                         after a timeout or damaged reply, and resends after NAK. Default 2.
 * @param maxCardsPerKey   {@code max-cards-per-key}: cards tried for one key before giving up
 *                         (each failed card goes to the reject bin). Default 3.
 */
public record KeyCardDispenserConfig(int address, Duration replyTimeout, Duration moveTimeout,
                                     Duration cardTakeTimeout, Duration takePollInterval,
                                     int transportRetries, int maxCardsPerKey) {
    public KeyCardDispenserConfig {
        if (address < 0 || address > 0xFF) {
            throw new IllegalArgumentException("address is one byte");
        }
        if (transportRetries < 0 || maxCardsPerKey < 1) {
            throw new IllegalArgumentException("transportRetries >= 0 and maxCardsPerKey >= 1");
        }
    }

    public static KeyCardDispenserConfig defaults() {
        return new KeyCardDispenserConfig(0, Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(30),
                Duration.ofMillis(500), 2, 3);
    }
}
