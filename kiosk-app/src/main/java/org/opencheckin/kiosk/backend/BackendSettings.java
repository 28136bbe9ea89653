package org.opencheckin.kiosk.backend;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code kiosk.backend.*}: where the hotel backend is and how long the kiosk waits for it.
 * Every value is documented in {@code application.yml}.
 */
@ConfigurationProperties("kiosk.backend")
public class BackendSettings {

    private String url = "http://127.0.0.1:8080";
    private String token;
    private Duration callTimeout = Duration.ofSeconds(4);
    private Duration keysTimeout = Duration.ofSeconds(8);
    private Duration heartbeatTimeout = Duration.ofSeconds(2);
    private int retries = 2;
    private Duration retryBackoff = Duration.ofMillis(300);

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public Duration getCallTimeout() {
        return callTimeout;
    }

    public void setCallTimeout(Duration callTimeout) {
        this.callTimeout = callTimeout;
    }

    public Duration getKeysTimeout() {
        return keysTimeout;
    }

    public void setKeysTimeout(Duration keysTimeout) {
        this.keysTimeout = keysTimeout;
    }

    public Duration getHeartbeatTimeout() {
        return heartbeatTimeout;
    }

    public void setHeartbeatTimeout(Duration heartbeatTimeout) {
        this.heartbeatTimeout = heartbeatTimeout;
    }

    public int getRetries() {
        return retries;
    }

    public void setRetries(int retries) {
        this.retries = retries;
    }

    public Duration getRetryBackoff() {
        return retryBackoff;
    }

    public void setRetryBackoff(Duration retryBackoff) {
        this.retryBackoff = retryBackoff;
    }
}
