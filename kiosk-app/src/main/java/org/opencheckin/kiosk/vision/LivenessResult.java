package org.opencheckin.kiosk.vision;

import java.util.Objects;

/**
 * Result of {@link LivenessCheck#evaluate}.
 *
 * @param verdict            what the flow should do
 * @param score              how much of the required movement was seen, 0..1 (1 = requirement met)
 * @param usedFrames         frames that had exactly one usable face
 * @param frontalFrameIndex  index (into the evaluated list) of the most frontal usable frame, or -1;
 *                           verify <em>this</em> frame against the document so that the face that
 *                           moved is the face that is matched
 * @param reason             short explanation for logs and staff (no guest data)
 */
public record LivenessResult(LivenessVerdict verdict, double score, int usedFrames, int frontalFrameIndex,
                             String reason) {

    public LivenessResult {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
    }

    public boolean isLive() {
        return verdict == LivenessVerdict.LIVE;
    }
}
