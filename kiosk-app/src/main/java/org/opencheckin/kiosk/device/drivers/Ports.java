package org.opencheckin.kiosk.device.drivers;

import org.opencheckin.devices.transport.SerialSettings;
import org.opencheckin.devices.transport.SerialTransport;
import org.opencheckin.devices.transport.TcpTransport;
import org.opencheckin.devices.transport.Transport;

import java.time.Duration;

/** Turns a port spec from the configuration into a device-drivers transport. */
final class Ports {

    private Ports() {
    }

    static boolean fitted(String spec) {
        return spec != null && !spec.isBlank();
    }

    /**
     * @param spec a device path ({@code /dev/ttyUSB0}, opened at {@code defaultBaud}),
     *             {@code serial:/dev/ttyUSB0@115200} or {@code tcp:host:port}
     * @throws IllegalArgumentException with the spec in the message when it cannot be parsed
     */
    static Transport open(String spec, int defaultBaud, Duration tcpConnectTimeout) {
        String s = spec.trim();
        if (s.startsWith("serial:")) {
            String rest = s.substring("serial:".length());
            int at = rest.lastIndexOf('@');
            String path = at < 0 ? rest : rest.substring(0, at);
            int baud = at < 0 ? defaultBaud : Integer.parseInt(rest.substring(at + 1));
            return new SerialTransport(SerialSettings.of(path, baud));
        }
        if (s.startsWith("tcp:")) {
            String rest = s.substring("tcp:".length());
            int colon = rest.lastIndexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("device port '" + spec + "': tcp needs host:port");
            }
            return new TcpTransport(rest.substring(0, colon), Integer.parseInt(rest.substring(colon + 1)),
                    (int) tcpConnectTimeout.toMillis());
        }
        if (s.startsWith("/")) {
            return new SerialTransport(SerialSettings.of(s, defaultBaud));
        }
        throw new IllegalArgumentException("device port '" + spec + "': write /dev/ttyX, serial:/dev/ttyX@baud or tcp:host:port");
    }
}
