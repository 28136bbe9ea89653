package org.opencheckin.kiosk.vision;

import java.util.Optional;

/**
 * Finds and decodes a booking QR code in a camera frame.
 *
 * <p>Thread-safe, blocking (a few ms to tens of ms per 640x480 frame). Run it on preview frames
 * while the document screen is shown; stop at the first non-empty answer.
 */
public interface QrCodeScanner {

    /** The decoded text of the first QR code in the frame, or empty when there is none or it is unreadable. */
    Optional<String> scan(Frame frame);
}
