package org.opencheckin.simulators.guest;

import java.awt.image.BufferedImage;
import java.util.Optional;

/** Finds the main face of a photo, so the card portrait can be framed on it. */
public interface FaceFinder {

    /** The largest face, or empty when there is none. */
    Optional<FaceBox> largestFace(BufferedImage photo);

    /** A finder that never finds a face (the portrait falls back to a centre crop). */
    FaceFinder NONE = photo -> Optional.empty();

    static FaceFinder none() {
        return NONE;
    }
}
