package org.opencheckin.kiosk.vision;

/** Outcome of one 1:1 comparison between a document portrait and a live frame. */
public enum FaceDecision {
    /** Same person: the score reached the configured threshold. */
    MATCH,
    /** Faces found in both images, score below the threshold. The guest may try again. */
    NO_MATCH,
    /** No face could be found in the document portrait; retrying the camera will not help, go to staff. */
    NO_FACE_IN_PORTRAIT,
    /** No usable face in the live frame; the guest may try again. */
    NO_FACE_IN_LIVE_FRAME,
    /** Face verification is not available (models missing or failed to load); route to staff. */
    UNAVAILABLE
}
