package org.opencheckin.kiosk.device.drivers;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code kiosk.devices.*} for the driver-backed devices ({@code mode: drivers}, alias {@code serial}).
 * Each device has {@code kiosk.devices.<device>.port} and {@code .baud} ({@code idcard}, {@code mrz},
 * {@code dispenser}); a port is a serial device path ({@code /dev/ttyUSB0}, a simulator's pseudo-terminal),
 * {@code serial:/dev/ttyUSB0@115200} or {@code tcp:host:port}; an empty port means the device is not fitted.
 */
@ConfigurationProperties("kiosk.devices")
public class DriverSettings {

    private Duration pollWait = Duration.ofMillis(300);
    private Duration tcpConnectTimeout = Duration.ofSeconds(2);

    public Duration getPollWait() {
        return pollWait;
    }

    public void setPollWait(Duration pollWait) {
        this.pollWait = pollWait;
    }

    public Duration getTcpConnectTimeout() {
        return tcpConnectTimeout;
    }

    public void setTcpConnectTimeout(Duration tcpConnectTimeout) {
        this.tcpConnectTimeout = tcpConnectTimeout;
    }
}
