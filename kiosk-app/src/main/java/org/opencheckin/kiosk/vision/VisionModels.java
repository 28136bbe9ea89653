package org.opencheckin.kiosk.vision;

/**
 * Availability of the face models. The kiosk starts without them; the flow must then skip the
 * face step and route identity checks to staff, showing {@link ModelStatus#reason()} on the staff
 * side and logging it once at start-up.
 */
public interface VisionModels {

    /** Current status; cheap (computed once at start-up). */
    ModelStatus status();

    /** Shortcut for {@code status().faceVerification()}. */
    default boolean faceVerificationAvailable() {
        return status().faceVerification();
    }
}
