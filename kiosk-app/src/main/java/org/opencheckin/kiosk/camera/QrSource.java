package org.opencheckin.kiosk.camera;

import java.util.Optional;

/** Booking QR codes held up to the camera. Blocking for at most one frame's analysis. */
public interface QrSource {

    /** The text of a QR code in the latest frame, or empty. */
    Optional<String> scan();
}
