package org.opencheckin.devices.health;

import java.time.Duration;

/**
 * @param checkInterval  how often a healthy device is looked at ({@code devices.supervisor.check-interval}, default 1 s)
 * @param initialBackoff first wait after a failed reconnect ({@code devices.supervisor.initial-backoff}, default 500 ms)
 * @param maxBackoff     the wait doubles after each failure up to this ({@code devices.supervisor.max-backoff}, default 30 s)
 */
public record SupervisorConfig(Duration checkInterval, Duration initialBackoff, Duration maxBackoff) {
    public static SupervisorConfig defaults() {
        return new SupervisorConfig(Duration.ofSeconds(1), Duration.ofMillis(500), Duration.ofSeconds(30));
    }
}
