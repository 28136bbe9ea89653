package org.opencheckin.backend.model;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

/** One guest at one kiosk, from the first touch to the keys; see {@link CheckinState}. Columns: see V1__schema.sql. */
@MappedEntity("checkin_session")
public class CheckinSession {
    @Id
    private String id;

    private Long hotelId;

    @Nullable
    private Long kioskId;

    private CheckinState state;

    @Nullable
    private Long reservationId;

    @Nullable
    private String candidateIds;

    @Nullable
    private Long roomId;

    @Nullable
    private DocumentType documentType;

    @Nullable
    private String documentNumberEnc;

    @Nullable
    private String documentNumberHash;

    @Nullable
    private String documentNameKey;

    @Nullable
    private LocalDate documentExpiry;

    @Nullable
    private String guestNationality;

    @Nullable
    private LocalDate guestBirthDate;

    @Nullable
    private IdentityMethod identityMethod;

    @Nullable
    private Double faceScore;

    @Nullable
    private Double livenessScore;

    @Nullable
    private String faceModelId;

    @Nullable
    private FaceDecision identityDecision;

    @Nullable
    private String escalationReason;

    private Integer keysIssued;

    private Instant startedAt;

    @Nullable
    private Instant documentVerifiedAt;

    @Nullable
    private Instant identityVerifiedAt;

    @Nullable
    private Instant roomAssignedAt;

    @Nullable
    private Instant keysIssuedAt;

    @Nullable
    private Instant completedAt;

    @Nullable
    private Instant escalatedAt;

    @Nullable
    private Instant abandonedAt;

    @Nullable
    private Instant expiredAt;

    @Nullable
    private Instant failedAt;

    private Instant lastActivityAt;

    private Instant expiresAt;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Long getHotelId() {
        return hotelId;
    }

    public void setHotelId(Long hotelId) {
        this.hotelId = hotelId;
    }

    @Nullable public Long getKioskId() {
        return kioskId;
    }

    public void setKioskId(@Nullable Long kioskId) {
        this.kioskId = kioskId;
    }

    public CheckinState getState() {
        return state;
    }

    public void setState(CheckinState state) {
        this.state = state;
    }

    @Nullable public Long getReservationId() {
        return reservationId;
    }

    public void setReservationId(@Nullable Long reservationId) {
        this.reservationId = reservationId;
    }

    @Nullable public String getCandidateIds() {
        return candidateIds;
    }

    public void setCandidateIds(@Nullable String candidateIds) {
        this.candidateIds = candidateIds;
    }

    @Nullable public Long getRoomId() {
        return roomId;
    }

    public void setRoomId(@Nullable Long roomId) {
        this.roomId = roomId;
    }

    @Nullable public DocumentType getDocumentType() {
        return documentType;
    }

    public void setDocumentType(@Nullable DocumentType documentType) {
        this.documentType = documentType;
    }

    @Nullable public String getDocumentNumberEnc() {
        return documentNumberEnc;
    }

    public void setDocumentNumberEnc(@Nullable String documentNumberEnc) {
        this.documentNumberEnc = documentNumberEnc;
    }

    @Nullable public String getDocumentNumberHash() {
        return documentNumberHash;
    }

    public void setDocumentNumberHash(@Nullable String documentNumberHash) {
        this.documentNumberHash = documentNumberHash;
    }

    @Nullable public String getDocumentNameKey() {
        return documentNameKey;
    }

    public void setDocumentNameKey(@Nullable String documentNameKey) {
        this.documentNameKey = documentNameKey;
    }

    @Nullable public LocalDate getDocumentExpiry() {
        return documentExpiry;
    }

    public void setDocumentExpiry(@Nullable LocalDate documentExpiry) {
        this.documentExpiry = documentExpiry;
    }

    @Nullable public String getGuestNationality() {
        return guestNationality;
    }

    public void setGuestNationality(@Nullable String guestNationality) {
        this.guestNationality = guestNationality;
    }

    @Nullable public LocalDate getGuestBirthDate() {
        return guestBirthDate;
    }

    public void setGuestBirthDate(@Nullable LocalDate guestBirthDate) {
        this.guestBirthDate = guestBirthDate;
    }

    @Nullable public IdentityMethod getIdentityMethod() {
        return identityMethod;
    }

    public void setIdentityMethod(@Nullable IdentityMethod identityMethod) {
        this.identityMethod = identityMethod;
    }

    @Nullable public Double getFaceScore() {
        return faceScore;
    }

    public void setFaceScore(@Nullable Double faceScore) {
        this.faceScore = faceScore;
    }

    @Nullable public Double getLivenessScore() {
        return livenessScore;
    }

    public void setLivenessScore(@Nullable Double livenessScore) {
        this.livenessScore = livenessScore;
    }

    @Nullable public String getFaceModelId() {
        return faceModelId;
    }

    public void setFaceModelId(@Nullable String faceModelId) {
        this.faceModelId = faceModelId;
    }

    @Nullable public FaceDecision getIdentityDecision() {
        return identityDecision;
    }

    public void setIdentityDecision(@Nullable FaceDecision identityDecision) {
        this.identityDecision = identityDecision;
    }

    @Nullable public String getEscalationReason() {
        return escalationReason;
    }

    public void setEscalationReason(@Nullable String escalationReason) {
        this.escalationReason = escalationReason;
    }

    public Integer getKeysIssued() {
        return keysIssued;
    }

    public void setKeysIssued(Integer keysIssued) {
        this.keysIssued = keysIssued;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public void setStartedAt(Instant startedAt) {
        this.startedAt = startedAt;
    }

    @Nullable public Instant getDocumentVerifiedAt() {
        return documentVerifiedAt;
    }

    public void setDocumentVerifiedAt(@Nullable Instant documentVerifiedAt) {
        this.documentVerifiedAt = documentVerifiedAt;
    }

    @Nullable public Instant getIdentityVerifiedAt() {
        return identityVerifiedAt;
    }

    public void setIdentityVerifiedAt(@Nullable Instant identityVerifiedAt) {
        this.identityVerifiedAt = identityVerifiedAt;
    }

    @Nullable public Instant getRoomAssignedAt() {
        return roomAssignedAt;
    }

    public void setRoomAssignedAt(@Nullable Instant roomAssignedAt) {
        this.roomAssignedAt = roomAssignedAt;
    }

    @Nullable public Instant getKeysIssuedAt() {
        return keysIssuedAt;
    }

    public void setKeysIssuedAt(@Nullable Instant keysIssuedAt) {
        this.keysIssuedAt = keysIssuedAt;
    }

    @Nullable public Instant getCompletedAt() {
        return completedAt;
    }

    public void setCompletedAt(@Nullable Instant completedAt) {
        this.completedAt = completedAt;
    }

    @Nullable public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public void setEscalatedAt(@Nullable Instant escalatedAt) {
        this.escalatedAt = escalatedAt;
    }

    @Nullable public Instant getAbandonedAt() {
        return abandonedAt;
    }

    public void setAbandonedAt(@Nullable Instant abandonedAt) {
        this.abandonedAt = abandonedAt;
    }

    @Nullable public Instant getExpiredAt() {
        return expiredAt;
    }

    public void setExpiredAt(@Nullable Instant expiredAt) {
        this.expiredAt = expiredAt;
    }

    @Nullable public Instant getFailedAt() {
        return failedAt;
    }

    public void setFailedAt(@Nullable Instant failedAt) {
        this.failedAt = failedAt;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }

    public void setLastActivityAt(Instant lastActivityAt) {
        this.lastActivityAt = lastActivityAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public void setExpiresAt(Instant expiresAt) {
        this.expiresAt = expiresAt;
    }
}
