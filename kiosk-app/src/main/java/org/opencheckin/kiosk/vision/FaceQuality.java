package org.opencheckin.kiosk.vision;

import java.util.Objects;
import java.util.Optional;

/**
 * Result of the quality gate on one live frame.
 *
 * @param guidance    {@link Guidance#OK} when the frame is good enough to verify, else what the guest should do
 * @param face        the main face, when one was found (pixel coordinates in the frame)
 * @param faceCount   faces found (any size)
 * @param sharpness   variance of the Laplacian inside the face box (higher is sharper); 0 when no face
 * @param yawRatio    the nose tip's position across the eye axis in the affine frame of eyes and mouth
 *                    (0 = frontal, about +-0.2 at a 30 degree turn, sign = direction); 0 when no face
 * @param frameWidth  frame width in pixels
 * @param frameHeight frame height in pixels
 */
public record FaceQuality(Guidance guidance, Optional<FaceBox> face, int faceCount, double sharpness,
                          double yawRatio, int frameWidth, int frameHeight) {

    public FaceQuality {
        Objects.requireNonNull(guidance, "guidance");
        Objects.requireNonNull(face, "face");
    }

    public boolean isUsable() {
        return guidance == Guidance.OK;
    }

    /**
     * A detected face: box and YuNet's confidence, in frame pixels. Handy for drawing the framing guide.
     */
    public record FaceBox(double x, double y, double width, double height, double confidence) {
    }
}
