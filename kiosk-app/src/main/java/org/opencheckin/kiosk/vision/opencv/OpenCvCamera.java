package org.opencheckin.kiosk.vision.opencv;

import java.util.Optional;
import org.opencheckin.kiosk.vision.Camera;
import org.opencheckin.kiosk.vision.CameraException;
import org.opencheckin.kiosk.vision.CameraSource;
import org.opencheckin.kiosk.vision.Frame;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.MatOfInt;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.videoio.VideoCapture;
import org.opencv.videoio.Videoio;

/**
 * {@link Camera} on OpenCV's {@link VideoCapture}. The bundled OpenCV has no FFmpeg or GStreamer:
 * devices open through V4L2, files through OpenCV's own image-sequence reader ({@code img_%03d.jpg})
 * or its MJPEG-in-AVI reader. Not thread-safe (one capture thread owns it).
 */
public final class OpenCvCamera implements Camera {

    private final CameraSource source;
    private final int jpegQuality;
    private final boolean loopFiles;
    private VideoCapture capture;
    private final Mat frame = new Mat();

    /**
     * @param source      device or file
     * @param jpegQuality JPEG quality of grabbed frames (1-100)
     * @param loopFiles   restart a file source when it ends (demo and simulator use); devices ignore it
     */
    public OpenCvCamera(CameraSource source, int jpegQuality, boolean loopFiles) {
        this.source = source;
        this.jpegQuality = jpegQuality;
        this.loopFiles = loopFiles;
    }

    @Override
    public void open() throws CameraException {
        if (isOpen()) {
            return;
        }
        try {
            OpenCvNatives.load();
        } catch (IllegalStateException e) {
            throw new CameraException(source + ": " + e.getMessage(), e);
        }
        VideoCapture c = openCapture();
        if (!c.isOpened()) {
            c.release();
            throw new CameraException(source + " could not be opened"
                    + (source.isDevice() ? " (is /dev/video" + source.deviceIndex() + " present and readable?)"
                    : " (image sequence pattern or MJPEG .avi expected; this OpenCV build has no FFmpeg)"));
        }
        if (source.isDevice() && source.width() > 0 && source.height() > 0) {
            c.set(Videoio.CAP_PROP_FRAME_WIDTH, source.width());
            c.set(Videoio.CAP_PROP_FRAME_HEIGHT, source.height());
        }
        capture = c;
    }

    private VideoCapture openCapture() {
        if (source.isDevice()) {
            return new VideoCapture(source.deviceIndex(), Videoio.CAP_V4L2);
        }
        String location = source.location();
        if (location.contains("%")) {
            return new VideoCapture(location, Videoio.CAP_IMAGES);
        }
        if (location.toLowerCase(java.util.Locale.ROOT).endsWith(".avi")) {
            return new VideoCapture(location, Videoio.CAP_OPENCV_MJPEG);
        }
        return new VideoCapture(location, Videoio.CAP_ANY);
    }

    @Override
    public boolean isOpen() {
        return capture != null && capture.isOpened();
    }

    @Override
    public Optional<Frame> grab() throws CameraException {
        if (capture == null) {
            throw new CameraException(source + " is not open");
        }
        boolean read = capture.read(frame);
        if ((!read || frame.empty()) && loopFiles && !source.isDevice()) {
            close();
            open();
            read = capture.read(frame);
        }
        if (!read || frame.empty()) {
            if (!capture.isOpened()) {
                throw new CameraException(source + " stopped delivering frames");
            }
            return Optional.empty();
        }
        MatOfByte jpeg = new MatOfByte();
        Imgcodecs.imencode(".jpg", frame, jpeg, new MatOfInt(Imgcodecs.IMWRITE_JPEG_QUALITY, jpegQuality));
        byte[] bytes = jpeg.toArray();
        jpeg.release();
        return Optional.of(Frame.of(bytes));
    }

    @Override
    public CameraSource source() {
        return source;
    }

    @Override
    public void close() {
        if (capture != null) {
            capture.release();
            capture = null;
        }
    }
}
