package org.opencheckin.kiosk.vision;

import java.util.List;

/**
 * Active liveness: the guest is asked to do something a still photo cannot
 * ({@link #challenge()}, e.g. {@link Guidance#TURN_HEAD}), and a sequence of frames captured while
 * they do it is checked. Feed it the frames of the last few seconds (about 5-10 per second over
 * 2-4 seconds); it may be called repeatedly with a growing window until it says LIVE or the flow
 * gives up. What the check does and does not defend against is written in {@code docs/face-models.md}.
 *
 * <p>Pass <em>all</em> camera frames of the window, not only those the {@link LiveFaceCheck} calls OK:
 * the turned-head frames this check needs are exactly the ones the quality gate answers
 * {@link Guidance#LOOK_AT_CAMERA}. Frames without exactly one face are skipped here. Then verify the
 * frame at {@link LivenessResult#frontalFrameIndex()}, so the face that turned is the face matched.
 *
 * <p>Thread-safe; blocking (about 10 ms per new frame: per-frame detections are remembered, so
 * re-evaluating a growing window costs only its new frames, plus three embeddings when it passes).
 */
public interface LivenessCheck {

    /** The prompt to show while frames are collected. */
    Guidance challenge();

    /** Decides over frames in capture order. */
    LivenessResult evaluate(List<Frame> frames);
}
