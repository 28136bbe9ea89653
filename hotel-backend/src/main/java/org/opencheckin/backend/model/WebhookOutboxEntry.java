package org.opencheckin.backend.model;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A webhook event waiting in the transactional outbox. Columns: see V1__schema.sql. */
@MappedEntity("webhook_outbox")
public class WebhookOutboxEntry {
    @Id
    @GeneratedValue
    @Nullable
    private Long id;

    private Long hotelId;

    private Long clientPk;

    private String eventId;

    private String eventType;

    private String payload;

    private String status;

    private Integer attempts;

    private Instant nextAttemptAt;

    @Nullable
    private String lastError;

    private Instant createdAt;

    @Nullable
    private Instant deliveredAt;

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

    public Long getClientPk() {
        return clientPk;
    }

    public void setClientPk(Long clientPk) {
        this.clientPk = clientPk;
    }

    public String getEventId() {
        return eventId;
    }

    public void setEventId(String eventId) {
        this.eventId = eventId;
    }

    public String getEventType() {
        return eventType;
    }

    public void setEventType(String eventType) {
        this.eventType = eventType;
    }

    public String getPayload() {
        return payload;
    }

    public void setPayload(String payload) {
        this.payload = payload;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Integer getAttempts() {
        return attempts;
    }

    public void setAttempts(Integer attempts) {
        this.attempts = attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public void setNextAttemptAt(Instant nextAttemptAt) {
        this.nextAttemptAt = nextAttemptAt;
    }

    @Nullable public String getLastError() {
        return lastError;
    }

    public void setLastError(@Nullable String lastError) {
        this.lastError = lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    @Nullable public Instant getDeliveredAt() {
        return deliveredAt;
    }

    public void setDeliveredAt(@Nullable Instant deliveredAt) {
        this.deliveredAt = deliveredAt;
    }
}
