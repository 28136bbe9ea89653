package org.opencheckin.kiosk.device.drivers;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code kiosk.devices.*} for {@code mode: drivers}: where each device is connected. A port is written as
 * {@code serial:/dev/ttyUSB0@115200} or {@code tcp:127.0.0.1:7001}; an empty port means the device is not
 * fitted (a kiosk may have only the ID reader, say).
 */
@ConfigurationProperties("kiosk.devices")
public class DriverSettings {

    private String idReader = "";
    private String mrzReader = "";
    private String dispenser = "";
    private int dispenserAddress = 0;
    private Duration pollWait = Duration.ofMillis(300);
    private Duration tcpConnectTimeout = Duration.ofSeconds(2);

    public String getIdReader() {
        return idReader;
    }

    public void setIdReader(String idReader) {
        this.idReader = idReader;
    }

    public String getMrzReader() {
        return mrzReader;
    }

    public void setMrzReader(String mrzReader) {
        this.mrzReader = mrzReader;
    }

    public String getDispenser() {
        return dispenser;
    }

    public void setDispenser(String dispenser) {
        this.dispenser = dispenser;
    }

    public int getDispenserAddress() {
        return dispenserAddress;
    }

    public void setDispenserAddress(int dispenserAddress) {
        this.dispenserAddress = dispenserAddress;
    }

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
