package org.opencheckin.kiosk.device;

import java.time.Instant;

/**
 * What the kiosk last saw of one device.
 *
 * @param device   device name, e.g. {@code "document-reader"}
 * @param health   OK, DEGRADED (works, needs attention, e.g. card stock low) or FAULT
 * @param detail   short explanation without guest data
 * @param since    when the health last changed
 */
public record DeviceState(String device, Health health, String detail, Instant since) {

    public enum Health { OK, DEGRADED, FAULT, UNKNOWN }
}
