package org.opencheckin.backend.model;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The last entry of a hotel's audit chain, locked to append. Columns: see V1__schema.sql. */
@MappedEntity("audit_chain_head")
public class AuditChainHead {
    @Id
    private Long hotelId;

    private Long lastSeq;

    private String lastHash;

    public Long getHotelId() {
        return hotelId;
    }

    public void setHotelId(Long hotelId) {
        this.hotelId = hotelId;
    }

    public Long getLastSeq() {
        return lastSeq;
    }

    public void setLastSeq(Long lastSeq) {
        this.lastSeq = lastSeq;
    }

    public String getLastHash() {
        return lastHash;
    }

    public void setLastHash(String lastHash) {
        this.lastHash = lastHash;
    }
}
