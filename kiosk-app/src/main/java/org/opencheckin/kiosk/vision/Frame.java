package org.opencheckin.kiosk.vision;

import java.time.Instant;
import java.util.Objects;

/**
 * One camera picture as an encoded image (JPEG from {@link Camera}, or any format OpenCV decodes),
 * with the instant it was captured.
 *
 * <p>The same bytes serve the MJPEG preview and the face checks, so a frame is encoded once.
 * The array is not copied: callers must not modify it after handing it over. Frames hold guest
 * images and live in memory only; never log or store them.
 *
 * @param image      encoded image bytes, not empty
 * @param capturedAt when the camera delivered the picture (used by liveness to bound a sequence)
 */
public record Frame(byte[] image, Instant capturedAt) {

    public Frame {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(capturedAt, "capturedAt");
        if (image.length == 0) {
            throw new IllegalArgumentException("frame image is empty");
        }
    }

    /** A frame captured now. */
    public static Frame of(byte[] image) {
        return new Frame(image, Instant.now());
    }

    /** Never prints the bytes: only their size and the capture time. */
    @Override
    public String toString() {
        return "Frame[" + image.length + " bytes, capturedAt=" + capturedAt + "]";
    }
}
