package org.opencheckin.kiosk.flow;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/** {@code kiosk.flow.*}: timeouts and limits of the guest flow, documented in {@code application.yml}. */
@ConfigurationProperties("kiosk.flow")
public class FlowSettings {

    private Duration idleTimeout = Duration.ofSeconds(60);
    private Duration countdown = Duration.ofSeconds(10);
    private Duration accessibleIdleTimeout = Duration.ofSeconds(180);
    private Duration accessibleCountdown = Duration.ofSeconds(30);
    private Duration doneDisplay = Duration.ofSeconds(20);
    private Duration accessibleDoneDisplay = Duration.ofSeconds(60);
    private Duration staffPollInterval = Duration.ofSeconds(3);
    private Duration staffWaitLimit = Duration.ofMinutes(15);
    private int maxFaceTries = 3;
    private int maxKeys = 4;
    private int encodeAttempts = 2;
    private Duration deviceCheckInterval = Duration.ofSeconds(30);

    public Duration getDeviceCheckInterval() {
        return deviceCheckInterval;
    }

    public void setDeviceCheckInterval(Duration deviceCheckInterval) {
        this.deviceCheckInterval = deviceCheckInterval;
    }

    public Duration idleTimeout(boolean accessible) {
        return accessible ? accessibleIdleTimeout : idleTimeout;
    }

    public Duration countdown(boolean accessible) {
        return accessible ? accessibleCountdown : countdown;
    }

    public Duration doneDisplay(boolean accessible) {
        return accessible ? accessibleDoneDisplay : doneDisplay;
    }

    public Duration getIdleTimeout() {
        return idleTimeout;
    }

    public void setIdleTimeout(Duration idleTimeout) {
        this.idleTimeout = idleTimeout;
    }

    public Duration getCountdown() {
        return countdown;
    }

    public void setCountdown(Duration countdown) {
        this.countdown = countdown;
    }

    public Duration getAccessibleIdleTimeout() {
        return accessibleIdleTimeout;
    }

    public void setAccessibleIdleTimeout(Duration accessibleIdleTimeout) {
        this.accessibleIdleTimeout = accessibleIdleTimeout;
    }

    public Duration getAccessibleCountdown() {
        return accessibleCountdown;
    }

    public void setAccessibleCountdown(Duration accessibleCountdown) {
        this.accessibleCountdown = accessibleCountdown;
    }

    public Duration getDoneDisplay() {
        return doneDisplay;
    }

    public void setDoneDisplay(Duration doneDisplay) {
        this.doneDisplay = doneDisplay;
    }

    public Duration getAccessibleDoneDisplay() {
        return accessibleDoneDisplay;
    }

    public void setAccessibleDoneDisplay(Duration accessibleDoneDisplay) {
        this.accessibleDoneDisplay = accessibleDoneDisplay;
    }

    public Duration getStaffPollInterval() {
        return staffPollInterval;
    }

    public void setStaffPollInterval(Duration staffPollInterval) {
        this.staffPollInterval = staffPollInterval;
    }

    public Duration getStaffWaitLimit() {
        return staffWaitLimit;
    }

    public void setStaffWaitLimit(Duration staffWaitLimit) {
        this.staffWaitLimit = staffWaitLimit;
    }

    public int getMaxFaceTries() {
        return maxFaceTries;
    }

    public void setMaxFaceTries(int maxFaceTries) {
        this.maxFaceTries = maxFaceTries;
    }

    public int getMaxKeys() {
        return maxKeys;
    }

    public void setMaxKeys(int maxKeys) {
        this.maxKeys = maxKeys;
    }

    public int getEncodeAttempts() {
        return encodeAttempts;
    }

    public void setEncodeAttempts(int encodeAttempts) {
        this.encodeAttempts = encodeAttempts;
    }
}
