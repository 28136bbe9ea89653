package org.opencheckin.kiosk.vision.opencv;

/**
 * Loads OpenCV's native library from the openpnp jar, once per JVM.
 *
 * <p>{@code nu.pattern.OpenCV.loadShared()} is not supported on Java 12+ (on Java 17 it logs a SEVERE
 * message and falls back); {@code loadLocally()} extracts the library to a temporary directory and
 * {@code System.load}s it, which works on Java 17 (about 0.3 s on the first call).
 */
public final class OpenCvNatives {

    private static volatile boolean loaded;
    private static volatile Throwable failure;

    private OpenCvNatives() {
    }

    /**
     * Loads the library if needed.
     *
     * @throws IllegalStateException when it cannot be loaded (the message says why); later calls fail the same way
     */
    public static void load() {
        if (loaded) {
            return;
        }
        synchronized (OpenCvNatives.class) {
            if (loaded) {
                return;
            }
            if (failure != null) {
                throw new IllegalStateException("OpenCV native library could not be loaded: " + failure, failure);
            }
            try {
                nu.pattern.OpenCV.loadLocally();
                loaded = true;
            } catch (Throwable e) {
                failure = e;
                throw new IllegalStateException("OpenCV native library could not be loaded: " + e, e);
            }
        }
    }
}
