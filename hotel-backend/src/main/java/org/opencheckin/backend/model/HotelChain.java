package org.opencheckin.backend.model;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A hotel chain: the owner of hotels, staff users and integration clients. Columns: see V1__schema.sql. */
@MappedEntity("hotel_chain")
public class HotelChain {
    @Id
    @GeneratedValue
    @Nullable
    private Long id;

    private String code;

    private String name;

    private Instant createdAt;

    @Nullable public Long getId() {
        return id;
    }

    public void setId(@Nullable Long id) {
        this.id = id;
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

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }
}
