package org.opencheckin.kiosk.vision;

import java.util.Objects;

/**
 * Where frames come from, as written in {@code kiosk.vision.camera.source}:
 * <ul>
 *   <li>a number: a V4L2 device index ({@code 0} is {@code /dev/video0});</li>
 *   <li>anything else: a file path, image-sequence pattern ({@code frames/img_%03d.jpg}) or
 *       MJPEG {@code .avi} that OpenCV's built-in readers open (the bundled OpenCV has no FFmpeg,
 *       so H.264 files and network URLs other than MJPEG-in-AVI will not open).</li>
 * </ul>
 *
 * @param deviceIndex device index, or -1 when {@code location} is used
 * @param location    file path or pattern, or null for a device
 * @param width       requested frame width (0 = device default)
 * @param height      requested frame height (0 = device default)
 */
public record CameraSource(int deviceIndex, String location, int width, int height) {

    public CameraSource {
        if ((deviceIndex < 0) == (location == null)) {
            throw new IllegalArgumentException("a camera source is either a device index or a location");
        }
    }

    /** Parses the config value: digits mean a device index, anything else a location. */
    public static CameraSource parse(String value, int width, int height) {
        Objects.requireNonNull(value, "camera source");
        String trimmed = value.trim();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("camera source is empty");
        }
        if (trimmed.chars().allMatch(Character::isDigit)) {
            return new CameraSource(Integer.parseInt(trimmed), null, width, height);
        }
        return new CameraSource(-1, trimmed, width, height);
    }

    public boolean isDevice() {
        return deviceIndex >= 0;
    }

    @Override
    public String toString() {
        return isDevice() ? "camera device " + deviceIndex : "camera file " + location;
    }
}
