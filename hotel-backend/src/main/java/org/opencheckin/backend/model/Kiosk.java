package org.opencheckin.backend.model;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A lobby kiosk; only the SHA-256 of its bearer token is stored. Columns: see V1__schema.sql. */
@MappedEntity("kiosk")
public class Kiosk {
    @Id
    @GeneratedValue
    @Nullable
    private Long id;

    private Long hotelId;

    private String code;

    private String name;

    private String tokenHash;

    private Boolean enabled;

    @Nullable
    private Instant lastHeartbeatAt;

    @Nullable
    private String deviceStatus;

    private Instant createdAt;

    @Nullable public Long getId() {
        return id;
    }

    public void setId(@Nullable Long id) {
        this.id = id;
    }

    public Long getHotelId() {
        return hotelId;
    }

    public void setHotelId(Long hotelId) {
        this.hotelId = hotelId;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public void setTokenHash(String tokenHash) {
        this.tokenHash = tokenHash;
    }

    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }

    @Nullable public Instant getLastHeartbeatAt() {
        return lastHeartbeatAt;
    }

    public void setLastHeartbeatAt(@Nullable Instant lastHeartbeatAt) {
        this.lastHeartbeatAt = lastHeartbeatAt;
    }

    @Nullable public String getDeviceStatus() {
        return deviceStatus;
    }

    public void setDeviceStatus(@Nullable String deviceStatus) {
        this.deviceStatus = deviceStatus;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }
}
