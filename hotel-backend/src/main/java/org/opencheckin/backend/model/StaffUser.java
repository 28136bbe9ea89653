package org.opencheckin.backend.model;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A member of staff; {@code hotelId} null means every hotel of the chain. Columns: see V1__schema.sql. */
@MappedEntity("staff_user")
public class StaffUser {
    @Id
    @GeneratedValue
    @Nullable
    private Long id;

    private Long chainId;

    @Nullable
    private Long hotelId;

    private String username;

    private String passwordHash;

    private StaffRole staffRole;

    private Boolean enabled;

    private Instant createdAt;

    @Nullable public Long getId() {
        return id;
    }

    public void setId(@Nullable Long id) {
        this.id = id;
    }

    public Long getChainId() {
        return chainId;
    }

    public void setChainId(Long chainId) {
        this.chainId = chainId;
    }

    @Nullable public Long getHotelId() {
        return hotelId;
    }

    public void setHotelId(@Nullable Long hotelId) {
        this.hotelId = hotelId;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public StaffRole getStaffRole() {
        return staffRole;
    }

    public void setStaffRole(StaffRole staffRole) {
        this.staffRole = staffRole;
    }

    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }
}
