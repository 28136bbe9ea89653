package org.opencheckin.kiosk.vision;

import java.util.Objects;

/**
 * Result of {@link FaceVerifier#verify}.
 *
 * @param score     cosine similarity of the two L2-normalised embeddings, -1..1; {@code NaN} when
 *                  no comparison was made (decision other than MATCH/NO_MATCH)
 * @param decision  what the flow should do
 * @param threshold the threshold the decision was taken against
 * @param modelId   which embedding model produced the score (file name and sha256 prefix), for audit
 * @param timings   where the time went
 * @param reason    short human-readable explanation for logs and staff (never contains guest data)
 */
public record FaceScore(double score, FaceDecision decision, double threshold, String modelId,
                        FaceTimings timings, String reason) {

    public FaceScore {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(timings, "timings");
        Objects.requireNonNull(reason, "reason");
    }

    /** True only for {@link FaceDecision#MATCH}. */
    public boolean isMatch() {
        return decision == FaceDecision.MATCH;
    }

    /** A result for a verifier that cannot run, e.g. because its models are missing. */
    public static FaceScore unavailable(String reason) {
        return new FaceScore(Double.NaN, FaceDecision.UNAVAILABLE, Double.NaN, "none", FaceTimings.NONE, reason);
    }
}
