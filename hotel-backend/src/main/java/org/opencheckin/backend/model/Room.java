package org.opencheckin.backend.model;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A room; {@code keySequence} is the highest key sequence issued for its lock. Columns: see V1__schema.sql. */
@MappedEntity("room")
public class Room {
    @Id
    @GeneratedValue
    @Nullable
    private Long id;

    private Long hotelId;

    private Long roomTypeId;

    private String roomNumber;

    private Integer floorNumber;

    private String features;

    private RoomStatus status;

    private Long keySequence;

    @Nullable
    private Long currentReservationId;

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

    public Long getRoomTypeId() {
        return roomTypeId;
    }

    public void setRoomTypeId(Long roomTypeId) {
        this.roomTypeId = roomTypeId;
    }

    public String getRoomNumber() {
        return roomNumber;
    }

    public void setRoomNumber(String roomNumber) {
        this.roomNumber = roomNumber;
    }

    public Integer getFloorNumber() {
        return floorNumber;
    }

    public void setFloorNumber(Integer floorNumber) {
        this.floorNumber = floorNumber;
    }

    public String getFeatures() {
        return features;
    }

    public void setFeatures(String features) {
        this.features = features;
    }

    public RoomStatus getStatus() {
        return status;
    }

    public void setStatus(RoomStatus status) {
        this.status = status;
    }

    public Long getKeySequence() {
        return keySequence;
    }

    public void setKeySequence(Long keySequence) {
        this.keySequence = keySequence;
    }

    @Nullable public Long getCurrentReservationId() {
        return currentReservationId;
    }

    public void setCurrentReservationId(@Nullable Long currentReservationId) {
        this.currentReservationId = currentReservationId;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }
}
