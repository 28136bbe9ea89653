package org.opencheckin.kiosk.vision;

/**
 * What the guest should do so the live frame becomes usable. The UI shows one message per value;
 * suggested bundle key: {@code face.guidance.<NAME>}.
 */
public enum Guidance {
    /** Frame is usable for verification. */
    OK,
    /** No face found: "Please look at the camera". */
    NO_FACE,
    /** More than one face of a relevant size: "Only one person in front of the camera, please". */
    ONE_PERSON_ONLY,
    /** Face too small: "Please come closer". */
    MOVE_CLOSER,
    /** Face fills too much of the frame or is cut off: "Please step back a little". */
    MOVE_BACK,
    /** Face too near an edge: "Please move to the middle of the frame". */
    CENTER_FACE,
    /** Head turned or tilted: "Please look straight at the camera". */
    LOOK_AT_CAMERA,
    /** Image blurred: "Please hold still". */
    HOLD_STILL,
    /** Image too dark or too bright: "We cannot see you well; please face the light". */
    BETTER_LIGHT,
    /** Liveness challenge prompt: "Slowly turn your head left, then right". */
    TURN_HEAD
}
