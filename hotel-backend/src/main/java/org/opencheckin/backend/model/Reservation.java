package org.opencheckin.backend.model;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

/** A reservation; document data is encrypted and erased after the retention period. Columns: see V1__schema.sql. */
@MappedEntity("reservation")
public class Reservation {
    @Id
    @GeneratedValue
    @Nullable
    private Long id;

    private Long hotelId;

    private String confirmationCode;

    @Nullable
    private String externalId;

    private String guestName;

    private String guestNameKey;

    @Nullable
    private DocumentType documentType;

    @Nullable
    private String documentNumberEnc;

    @Nullable
    private String documentNumberHash;

    @Nullable
    private String guestNationality;

    @Nullable
    private LocalDate guestBirthDate;

    private LocalDate arrival;

    private LocalDate departure;

    private Integer adults;

    private Long roomTypeId;

    private ReservationStatus status;

    @Nullable
    private Long roomId;

    @Nullable
    private Instant checkedInAt;

    @Nullable
    private Instant checkedOutAt;

    @Nullable
    private Instant documentErasedAt;

    private Instant createdAt;

    private Instant updatedAt;

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

    public String getConfirmationCode() {
        return confirmationCode;
    }

    public void setConfirmationCode(String confirmationCode) {
        this.confirmationCode = confirmationCode;
    }

    @Nullable public String getExternalId() {
        return externalId;
    }

    public void setExternalId(@Nullable String externalId) {
        this.externalId = externalId;
    }

    public String getGuestName() {
        return guestName;
    }

    public void setGuestName(String guestName) {
        this.guestName = guestName;
    }

    public String getGuestNameKey() {
        return guestNameKey;
    }

    public void setGuestNameKey(String guestNameKey) {
        this.guestNameKey = guestNameKey;
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

    public LocalDate getArrival() {
        return arrival;
    }

    public void setArrival(LocalDate arrival) {
        this.arrival = arrival;
    }

    public LocalDate getDeparture() {
        return departure;
    }

    public void setDeparture(LocalDate departure) {
        this.departure = departure;
    }

    public Integer getAdults() {
        return adults;
    }

    public void setAdults(Integer adults) {
        this.adults = adults;
    }

    public Long getRoomTypeId() {
        return roomTypeId;
    }

    public void setRoomTypeId(Long roomTypeId) {
        this.roomTypeId = roomTypeId;
    }

    public ReservationStatus getStatus() {
        return status;
    }

    public void setStatus(ReservationStatus status) {
        this.status = status;
    }

    @Nullable public Long getRoomId() {
        return roomId;
    }

    public void setRoomId(@Nullable Long roomId) {
        this.roomId = roomId;
    }

    @Nullable public Instant getCheckedInAt() {
        return checkedInAt;
    }

    public void setCheckedInAt(@Nullable Instant checkedInAt) {
        this.checkedInAt = checkedInAt;
    }

    @Nullable public Instant getCheckedOutAt() {
        return checkedOutAt;
    }

    public void setCheckedOutAt(@Nullable Instant checkedOutAt) {
        this.checkedOutAt = checkedOutAt;
    }

    @Nullable public Instant getDocumentErasedAt() {
        return documentErasedAt;
    }

    public void setDocumentErasedAt(@Nullable Instant documentErasedAt) {
        this.documentErasedAt = documentErasedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }
}
