package org.opencheckin.backend.model;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One entry of a hotel's hash-chained audit trail. Columns: see V1__schema.sql. */
@MappedEntity("audit_event")
public class AuditEvent {
    @Id
    @GeneratedValue
    @Nullable
    private Long id;

    private Long hotelId;

    private Instant occurredAt;

    private String actorType;

    private String actorId;

    private String action;

    private String subjectType;

    private String subjectId;

    private String detail;

    @Nullable
    private Long chainSeq;

    @Nullable
    private String prevHash;

    @Nullable
    private String entryHash;

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

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(Instant occurredAt) {
        this.occurredAt = occurredAt;
    }

    public String getActorType() {
        return actorType;
    }

    public void setActorType(String actorType) {
        this.actorType = actorType;
    }

    public String getActorId() {
        return actorId;
    }

    public void setActorId(String actorId) {
        this.actorId = actorId;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public void setSubjectType(String subjectType) {
        this.subjectType = subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(String subjectId) {
        this.subjectId = subjectId;
    }

    public String getDetail() {
        return detail;
    }

    public void setDetail(String detail) {
        this.detail = detail;
    }

    @Nullable
    public Long getChainSeq() {
        return chainSeq;
    }

    public void setChainSeq(@Nullable Long chainSeq) {
        this.chainSeq = chainSeq;
    }

    @Nullable
    public String getPrevHash() {
        return prevHash;
    }

    public void setPrevHash(@Nullable String prevHash) {
        this.prevHash = prevHash;
    }

    @Nullable
    public String getEntryHash() {
        return entryHash;
    }

    public void setEntryHash(@Nullable String entryHash) {
        this.entryHash = entryHash;
    }
}
