package org.opencheckin.kiosk.vision.opencv;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.opencheckin.kiosk.vision.VisionTestResources;
import org.opencheckin.kiosk.vision.eval.LabelledPhotos;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.MatOfInt;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgcodecs.Imgcodecs;
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
        MatOfByte out = new MatOfByte();
        Imgcodecs.imencode(".jpg", image, out, new MatOfInt(Imgcodecs.IMWRITE_JPEG_QUALITY, quality));
        byte[] bytes = out.toArray();
        out.release();
        return bytes;
    }

    /**
     * A 640x480 kiosk-camera-like frame of the photo's main face: a 4:3 crop centred on the face, three
     * face widths wide (padded with grey where the photo ends), scaled to 640x480.
     */
    static Mat kioskFrame(Mat photo) {
        DetectedFace face = pipeline().detect(photo).get(0);
        double w = face.width() * 3;
        double h = w * 3 / 4;
        double cx = face.x() + face.width() / 2;
        double cy = face.y() + face.height() / 2;
        int pad = (int) Math.ceil(w);
        Mat padded = new Mat();
        Core.copyMakeBorder(photo, padded, pad, pad, pad, pad, Core.BORDER_CONSTANT, new Scalar(128, 128, 128));
        Rect crop = new Rect((int) Math.round(cx - w / 2) + pad, (int) Math.round(cy - h / 2) + pad,
                (int) Math.round(w), (int) Math.round(h));
        Mat frame = new Mat();
        Imgproc.resize(new Mat(padded, crop), frame, new Size(640, 480), 0, 0, Imgproc.INTER_AREA);
        padded.release();
        return frame;
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

    /**
     * An ID-card chip style portrait of the main face: head-and-shoulders crop at the 102:126 aspect,
     * shrunk to 102x126, greyscale, JPEG quality 30. Returns null when the photo has no face.
     */
    static byte[] idCardPortrait(Mat photo) {
        List<DetectedFace> faces = pipeline().detect(photo);
        if (faces.isEmpty()) {
            return null;
        }
        DetectedFace face = faces.get(0);
        double cx = face.x() + face.width() / 2;
        double cy = face.y() + face.height() / 2;
        double w = face.width() * 1.8;
        double h = w * 126 / 102;
        int pad = (int) Math.ceil(Math.max(w, h));
        Mat padded = new Mat();
        Core.copyMakeBorder(photo, padded, pad, pad, pad, pad, Core.BORDER_CONSTANT, new Scalar(200, 200, 200));
        Rect crop = new Rect((int) Math.round(cx - w / 2) + pad, (int) Math.round(cy - h * 0.45) + pad,
                (int) Math.round(w), (int) Math.round(h));
        Mat cropped = new Mat(padded, crop);
        Mat small = new Mat();
        Imgproc.resize(cropped, small, new Size(102, 126), 0, 0, Imgproc.INTER_AREA);
        Mat grey = new Mat();
        Imgproc.cvtColor(small, grey, Imgproc.COLOR_BGR2GRAY);
        byte[] bytes = jpeg(grey, 30);
        padded.release();
        small.release();
        grey.release();
        return bytes;
    }
}
