package org.opencheckin.kiosk.identity;

import org.opencheckin.kiosk.vision.Guidance;

import java.util.function.Consumer;

/**
 * The face step as the flow sees it. Blocking; called from the flow's worker thread only.
 * Keeps no image beyond the call.
 */
public interface FaceCheck {

    /** False when models or the camera are missing; {@link #unavailableReason()} then says why. */
    boolean available();

    String unavailableReason();

    /**
     * Runs one try: collects live frames while the guest follows the prompts, checks liveness, then
     * compares the best frame with the portrait.
     *
     * @param portrait the document portrait, encoded
     * @param guidance receives what to show the guest as it changes (e.g. "turn your head")
     */
    FaceAttempt attempt(byte[] portrait, Consumer<Guidance> guidance);
}
