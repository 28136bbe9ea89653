package org.opencheckin.devices.health;

import java.time.Instant;

/**
 * A device's health at one moment.
 *
 * @param device    human name of the device
 * @param state     current state
 * @param lastError message of the last failure, null when there was none since start
 * @param since     when the device entered {@code state}
 */
public record DeviceHealth(String device, HealthState state, String lastError, Instant since) {
}
