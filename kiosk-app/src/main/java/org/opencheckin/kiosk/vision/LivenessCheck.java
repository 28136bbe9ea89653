package org.opencheckin.kiosk.vision;

import java.util.List;

/**
 * Active liveness: the guest is asked to do something a still photo cannot
 * ({@link #challenge()}, e.g. {@link Guidance#TURN_HEAD}), and a sequence of frames captured while
 * they do it is checked. Feed it the frames of the last few seconds (about 5-10 per second over
 * 2-4 seconds); it may be called repeatedly with a growing window until it says LIVE or the flow
 * gives up. What the check does and does not defend against is written in {@code docs/face-models.md}.
 *
 * <p>Thread-safe and stateless between calls; blocking (about 10 ms per frame).
 */
public interface LivenessCheck {

    /** The prompt to show while frames are collected. */
    Guidance challenge();

    /** Decides over frames in capture order. */
    LivenessResult evaluate(List<Frame> frames);
}
