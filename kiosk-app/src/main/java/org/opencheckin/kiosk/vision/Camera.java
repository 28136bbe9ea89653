package org.opencheckin.kiosk.vision;

import java.util.Optional;

/**
 * The kiosk's camera. The app, not the browser, owns it: the UI preview is an MJPEG stream of
 * {@link #grab()} results, and the same frames go to the face checks and the QR scanner.
 *
 * <p>Not thread-safe: one thread (a capture loop) owns a camera and fans frames out.
 * {@link #grab()} blocks for at most one frame interval of the device.
 */
public interface Camera extends AutoCloseable {

    /**
     * Opens the device or file sequence named by the source. Opening an already open camera does nothing.
     *
     * @throws CameraException when the source cannot be opened (says which source and why)
     */
    void open() throws CameraException;

    boolean isOpen();

    /**
     * Reads the next picture, JPEG-encoded.
     *
     * @return the frame, or empty when the device gave none (end of a file sequence, a dropped frame)
     * @throws CameraException when the camera is not open or the device vanished
     */
    Optional<Frame> grab() throws CameraException;

    /** The source this camera was built from, for logs and the maintenance screen. */
    CameraSource source();

    /** Releases the device. Idempotent; never throws. */
    @Override
    void close();
}
