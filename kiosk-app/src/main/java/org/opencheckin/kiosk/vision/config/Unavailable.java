package org.opencheckin.kiosk.vision.config;

import java.util.List;
import java.util.Optional;
import org.opencheckin.kiosk.vision.FaceQuality;
import org.opencheckin.kiosk.vision.FaceScore;
import org.opencheckin.kiosk.vision.FaceVerifier;
import org.opencheckin.kiosk.vision.Frame;
import org.opencheckin.kiosk.vision.Guidance;
import org.opencheckin.kiosk.vision.LiveFaceCheck;
import org.opencheckin.kiosk.vision.LivenessCheck;
import org.opencheckin.kiosk.vision.LivenessResult;
import org.opencheckin.kiosk.vision.LivenessVerdict;

/**
 * Stand-ins used when the face models are missing, so the kiosk starts and every face operation
 * answers "unavailable" with the reason instead of failing.
 */
final class Unavailable {

    private Unavailable() {
    }

    static FaceVerifier verifier(String reason) {
        return new FaceVerifier() {
            @Override
            public FaceScore verify(byte[] portraitImage, byte[] liveFrame) {
                return FaceScore.unavailable(reason);
            }

            @Override
            public double threshold() {
                return Double.NaN;
            }
        };
    }

    static LiveFaceCheck quality() {
        return frame -> new FaceQuality(Guidance.NO_FACE, Optional.empty(), 0, 0, 0, 0, 0);
    }

    static LivenessCheck liveness(String reason) {
        return new LivenessCheck() {
            @Override
            public Guidance challenge() {
                return Guidance.TURN_HEAD;
            }

            @Override
            public LivenessResult evaluate(List<Frame> frames) {
                return new LivenessResult(LivenessVerdict.UNAVAILABLE, 0, 0, -1, reason);
            }
        };
    }
}
