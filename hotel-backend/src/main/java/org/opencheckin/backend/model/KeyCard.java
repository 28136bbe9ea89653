package org.opencheckin.backend.model;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One issued key card; its id is the key serial in the signed payload. Columns: see V1__schema.sql. */
@MappedEntity("key_card")
public class KeyCard {
    @Id
    @GeneratedValue
    @Nullable
    private Long id;

    private Long hotelId;

    @Nullable
    private String checkinId;

    @Nullable
    private Long reservationId;

    private Long roomId;

    private Long keySequence;

    private Instant validFrom;

    private Instant validTo;

    private Integer flags;

    private KeyCardStatus status;

    @Nullable
    private String payload;

    @Nullable
    private String failureReason;

    private Instant issuedAt;

    @Nullable
    private Instant dispensedAt;

    @Nullable
    private Instant failedAt;

    @Nullable
    private Instant revokedAt;

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

    @Nullable public String getCheckinId() {
        return checkinId;
    }

    public void setCheckinId(@Nullable String checkinId) {
        this.checkinId = checkinId;
    }

    @Nullable public Long getReservationId() {
        return reservationId;
    }

    public void setReservationId(@Nullable Long reservationId) {
        this.reservationId = reservationId;
    }

    public Long getRoomId() {
        return roomId;
    }

    public void setRoomId(Long roomId) {
        this.roomId = roomId;
    }

    public Long getKeySequence() {
        return keySequence;
    }

    public void setKeySequence(Long keySequence) {
        this.keySequence = keySequence;
    }

    public Instant getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(Instant validFrom) {
        this.validFrom = validFrom;
    }

    public Instant getValidTo() {
        return validTo;
    }

    public void setValidTo(Instant validTo) {
        this.validTo = validTo;
    }

    public Integer getFlags() {
        return flags;
    }

    public void setFlags(Integer flags) {
        this.flags = flags;
    }

    public KeyCardStatus getStatus() {
        return status;
    }

    public void setStatus(KeyCardStatus status) {
        this.status = status;
    }

    @Nullable public String getPayload() {
        return payload;
    }

    public void setPayload(@Nullable String payload) {
        this.payload = payload;
    }

    @Nullable public String getFailureReason() {
        return failureReason;
    }

    public void setFailureReason(@Nullable String failureReason) {
        this.failureReason = failureReason;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public void setIssuedAt(Instant issuedAt) {
        this.issuedAt = issuedAt;
    }

    @Nullable public Instant getDispensedAt() {
        return dispensedAt;
    }

    public void setDispensedAt(@Nullable Instant dispensedAt) {
        this.dispensedAt = dispensedAt;
    }

    @Nullable public Instant getFailedAt() {
        return failedAt;
    }

    public void setFailedAt(@Nullable Instant failedAt) {
        this.failedAt = failedAt;
    }

    @Nullable public Instant getRevokedAt() {
        return revokedAt;
    }

    public void setRevokedAt(@Nullable Instant revokedAt) {
        this.revokedAt = revokedAt;
    }
}
