package org.opencheckin.backend.model;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A hotel with its key-signing secret and face-verification policy. Columns: see V1__schema.sql. */
@MappedEntity("hotel")
public class Hotel {
    @Id
    @GeneratedValue
    @Nullable
    private Long id;

    private Long chainId;

    private String code;

    private String name;

    private String timeZone;

    private Integer checkOutMinute;

    private String keySecretEnc;

    @Nullable
    private Double faceMatchThreshold;

    @Nullable
    private Double faceReviewThreshold;

    @Nullable
    private Double livenessMinimum;

    private Integer maxKeysPerCheckin;

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

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public Integer getCheckOutMinute() {
        return checkOutMinute;
    }

    public void setCheckOutMinute(Integer checkOutMinute) {
        this.checkOutMinute = checkOutMinute;
    }

    public String getKeySecretEnc() {
        return keySecretEnc;
    }

    public void setKeySecretEnc(String keySecretEnc) {
        this.keySecretEnc = keySecretEnc;
    }

    @Nullable public Double getFaceMatchThreshold() {
        return faceMatchThreshold;
    }

    public void setFaceMatchThreshold(@Nullable Double faceMatchThreshold) {
        this.faceMatchThreshold = faceMatchThreshold;
    }

    @Nullable public Double getFaceReviewThreshold() {
        return faceReviewThreshold;
    }

    public void setFaceReviewThreshold(@Nullable Double faceReviewThreshold) {
        this.faceReviewThreshold = faceReviewThreshold;
    }

    @Nullable public Double getLivenessMinimum() {
        return livenessMinimum;
    }

    public void setLivenessMinimum(@Nullable Double livenessMinimum) {
        this.livenessMinimum = livenessMinimum;
    }

    public Integer getMaxKeysPerCheckin() {
        return maxKeysPerCheckin;
    }

    public void setMaxKeysPerCheckin(Integer maxKeysPerCheckin) {
        this.maxKeysPerCheckin = maxKeysPerCheckin;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }
}
