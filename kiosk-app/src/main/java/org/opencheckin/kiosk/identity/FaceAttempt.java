package org.opencheckin.kiosk.identity;

import java.util.Objects;

/**
 * One try at the face step: live check plus 1:1 comparison with the document portrait.
 *
 * @param outcome       what happened
 * @param faceScore     cosine score, or null when no comparison was made
 * @param livenessScore 0..1, or null when liveness did not run
 * @param modelId       the embedding model, for the backend's audit; null when none ran
 * @param reason        short explanation for logs and staff (never guest data)
 */
public record FaceAttempt(Outcome outcome, Double faceScore, Double livenessScore, String modelId, String reason) {

    public enum Outcome {
        /** The kiosk's verifier says same person and the face moved as asked; the backend decides. */
        MATCH,
        /** A face was compared and did not match; the guest may try again. */
        NO_MATCH,
        /** The still-photo check failed or no usable face in time; the guest may try again. */
        NOT_LIVE,
        /** The document portrait holds no usable face: retrying will not help. */
        PORTRAIT_UNUSABLE,
        /** Face verification cannot run (models missing, camera gone). */
        UNAVAILABLE
    }

    public FaceAttempt {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
    }

    /** True when another try could help. */
    public boolean retryable() {
        return outcome == Outcome.NO_MATCH || outcome == Outcome.NOT_LIVE;
    }
}
