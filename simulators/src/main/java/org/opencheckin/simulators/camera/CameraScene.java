package org.opencheckin.simulators.camera;

/** What stands in front of the simulated kiosk camera. */
public enum CameraScene {
    /** The guest themself, moving a little from frame to frame (photos other than the card portrait). */
    GUEST,
    /** Someone else's face: the impostor guest's own face, or another roster guest's. */
    IMPOSTOR,
    /** An empty lobby. */
    NOBODY,
    /** A printed photo of the guest held perfectly still: every frame the same (a liveness check must refuse it). */
    PRINTED_PHOTO
}
