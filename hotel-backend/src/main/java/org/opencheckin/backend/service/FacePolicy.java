package org.opencheckin.backend.service;

import jakarta.inject.Singleton;
import org.opencheckin.backend.config.BackendProperties;
import org.opencheckin.backend.model.FaceDecision;
import org.opencheckin.backend.model.Hotel;

/**
 * The hotel's face-verification policy: the kiosk reports scores, the backend decides. A hotel
 * row may override the configured defaults (match >= 0.45, review band 0.38..0.45, liveness
 * minimum 0.5). Liveness below the minimum is NO_MATCH whatever the face score.
 */
@Singleton
public class FacePolicy {
    private final BackendProperties.Face defaults;

    public FacePolicy(BackendProperties.Face defaults) {
        this.defaults = defaults;
    }

    public FaceDecision decide(Hotel hotel, double faceScore, double livenessScore) {
        double match = hotel.getFaceMatchThreshold() != null ? hotel.getFaceMatchThreshold() : defaults.matchThreshold();
        double review = hotel.getFaceReviewThreshold() != null ? hotel.getFaceReviewThreshold() : defaults.reviewThreshold();
        double liveness = hotel.getLivenessMinimum() != null ? hotel.getLivenessMinimum() : defaults.livenessMinimum();
        if (livenessScore < liveness) {
            return FaceDecision.NO_MATCH;
        }
        if (faceScore >= match) {
            return FaceDecision.MATCH;
        }
        return faceScore >= review ? FaceDecision.REVIEW : FaceDecision.NO_MATCH;
    }
}
