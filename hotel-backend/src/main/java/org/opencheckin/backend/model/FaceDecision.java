package org.opencheckin.backend.model;

/** The hotel policy's verdict on a face comparison. */
public enum FaceDecision {
    MATCH,
    REVIEW,
    NO_MATCH
}
