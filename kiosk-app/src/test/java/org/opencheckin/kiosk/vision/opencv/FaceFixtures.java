package org.opencheckin.kiosk.vision.opencv;

import java.nio.file.Files;
import java.nio.file.Path;
import org.opencheckin.kiosk.vision.VisionTestResources;
import org.opencheckin.kiosk.vision.eval.LabelledPhotos;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.imgproc.Imgproc;

/**
 * One face pipeline per test JVM (loading the networks costs about 0.2 s), and image helpers that
 * build test inputs in memory from the shared photos; nothing is written to disk.
 */
final class FaceFixtures {

    private static FacePipeline pipeline;

    private FaceFixtures() {
    }

    static synchronized FacePipeline pipeline() {
        Path models = VisionTestResources.requireModels();
        if (pipeline == null) {
            pipeline = new FacePipeline(FaceModelSettings.defaults(models));
        }
        return pipeline;
    }

    static LabelledPhotos devPhotos() throws Exception {
        return LabelledPhotos.read(VisionTestResources.requireDevFaces());
    }

    static Mat read(Path file) throws Exception {
        Mat m = FacePipeline.decode(Files.readAllBytes(file)).orElseThrow();
        return m;
    }

    static byte[] jpeg(Mat image, int quality) {
        return CalibrationImages.jpeg(image, quality);
    }

    /** A 640x480 kiosk-camera-like frame of the photo's main face ({@link CalibrationImages#cameraFrame}). */
    static Mat kioskFrame(Mat photo) {
        return CalibrationImages.cameraFrame(pipeline(), photo);
    }

    static Mat kioskFrame(String devFile) throws Exception {
        Mat photo = read(VisionTestResources.requireDevFaces().resolve(devFile));
        Mat frame = kioskFrame(photo);
        photo.release();
        return frame;
    }

    /**
     * The picture a camera sees of a flat photo (the frame) turned by {@code degrees} about its vertical
     * centre line, the photo being {@code distance} pixel-units from a pinhole camera of focal length
     * {@code distance} (so the photo fills the frame at 0 degrees; smaller distance = stronger perspective).
     */
    static Mat turnedPhoto(Mat frame, double degrees, double distance) {
        double t = Math.toRadians(degrees);
        double cx = frame.cols() / 2.0;
        double cy = frame.rows() / 2.0;
        org.opencv.core.Point[] src = {
            new org.opencv.core.Point(0, 0), new org.opencv.core.Point(frame.cols(), 0),
            new org.opencv.core.Point(frame.cols(), frame.rows()), new org.opencv.core.Point(0, frame.rows())};
        org.opencv.core.Point[] dst = new org.opencv.core.Point[4];
        for (int i = 0; i < 4; i++) {
            double x = src[i].x - cx;
            double y = src[i].y - cy;
            double depth = distance + x * Math.sin(t);
            dst[i] = new org.opencv.core.Point(cx + distance * x * Math.cos(t) / depth, cy + distance * y / depth);
        }
        Mat h = Imgproc.getPerspectiveTransform(new org.opencv.core.MatOfPoint2f(src), new org.opencv.core.MatOfPoint2f(dst));
        Mat out = new Mat();
        Imgproc.warpPerspective(frame, out, h, frame.size(), Imgproc.INTER_LINEAR, Core.BORDER_CONSTANT,
                new Scalar(128, 128, 128));
        h.release();
        return out;
    }

    /** An affine distortion of the frame: rotation and scale about the centre, then horizontal shear. */
    static Mat affine(Mat frame, double rotateDegrees, double scaleX, double shear) {
        Mat rotation = Imgproc.getRotationMatrix2D(new org.opencv.core.Point(frame.cols() / 2.0, frame.rows() / 2.0),
                rotateDegrees, 1.0);
        double[] r = new double[6];
        rotation.get(0, 0, r);
        // [scaleX shear; 0 1] applied after the rotation, about the centre.
        double cx = frame.cols() / 2.0;
        double cy = frame.rows() / 2.0;
        Mat m = new Mat(2, 3, org.opencv.core.CvType.CV_64F);
        double a = scaleX * r[0] + shear * r[3];
        double b = scaleX * r[1] + shear * r[4];
        double c = scaleX * (r[2] - cx) + shear * (r[5] - cy) + cx;
        m.put(0, 0, a, b, c, r[3], r[4], r[5]);
        Mat out = new Mat();
        Imgproc.warpAffine(frame, out, m, frame.size(), Imgproc.INTER_LINEAR, Core.BORDER_CONSTANT,
                new Scalar(128, 128, 128));
        rotation.release();
        m.release();
        return out;
    }

    /** A frame from an image, captured at the given offset from a fixed start. */
    static org.opencheckin.kiosk.vision.Frame frame(Mat image, int millis) {
        return new org.opencheckin.kiosk.vision.Frame(jpeg(image, 85),
                java.time.Instant.parse("2026-01-01T10:00:00Z").plusMillis(millis));
    }

    /** 102x126 greyscale JPEG-30 ID-card style portrait of the main face, or null without a face. */
    static byte[] idCardPortrait(Mat photo) {
        Mat portrait = CalibrationImages.idCardPortrait(pipeline(), photo);
        if (portrait == null) {
            return null;
        }
        byte[] bytes = jpeg(portrait, 30);
        portrait.release();
        return bytes;
    }
}
