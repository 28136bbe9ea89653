package org.opencheckin.kiosk.vision.opencv;

import java.time.Duration;

/**
 * Thresholds of the head-turn liveness check ({@code kiosk.vision.liveness}).
 *
 * @param minTurn         how far the nose's affine position u must move to each side of the frontal
 *                        frame (the guest turns left, then right); a frontal face has u near 0, a head
 *                        turned about 30 degrees about +-0.2
 * @param maxFrontalYaw   the sequence must contain a frame with |u| at most this (the frame to verify)
 * @param minFrames       fewest frames with exactly one usable face
 * @param maxDuration     one gesture: only frames this recent (relative to the newest) are considered
 * @param sameFaceCosine  the two most-turned frames' embeddings must reach this cosine with the
 *                        frontal frame, so that the head that turned is the face that gets verified
 */
public record LivenessSettings(double minTurn, double maxFrontalYaw, int minFrames, Duration maxDuration,
                               double sameFaceCosine) {

    public static LivenessSettings defaults() {
        return new LivenessSettings(0.12, 0.1, 3, Duration.ofSeconds(8), FaceModelSettings.DEFAULT_MATCH_THRESHOLD);
    }
}
