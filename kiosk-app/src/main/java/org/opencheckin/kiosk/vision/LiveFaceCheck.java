package org.opencheckin.kiosk.vision;

/**
 * Quality gate on a live camera frame before it is sent to {@link FaceVerifier}: exactly one face,
 * big enough, inside the frame, sharp, lit and frontal. Run it on every preview frame (a few per
 * second) and show its {@link Guidance}; verify only when it says {@link Guidance#OK}. During the
 * liveness challenge the guest is <em>asked</em> to turn, so LOOK_AT_CAMERA is expected then and
 * those frames still belong in the {@link LivenessCheck} window.
 *
 * <p>Thread-safe, blocking (about 10 ms for a 640x480 frame). An undecodable frame yields
 * {@link Guidance#NO_FACE}. When the models are missing it also yields {@link Guidance#NO_FACE};
 * check {@link VisionModels#status()} first.
 */
public interface LiveFaceCheck {

    FaceQuality check(Frame frame);
}
