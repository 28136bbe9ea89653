package org.opencheckin.kiosk.vision;

/** Outcome of a liveness check over a sequence of frames. */
public enum LivenessVerdict {
    /** The required movement was seen on one consistent face. */
    LIVE,
    /** The face did not move as asked (a still photo, or a guest who did not turn). Ask again or go to staff. */
    NOT_LIVE,
    /** Too few frames with a usable single face to decide; keep collecting frames. */
    INSUFFICIENT_FRAMES,
    /** Models missing; route to staff. */
    UNAVAILABLE
}
