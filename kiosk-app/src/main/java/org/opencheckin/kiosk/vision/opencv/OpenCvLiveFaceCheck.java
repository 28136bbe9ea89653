package org.opencheckin.kiosk.vision.opencv;

import java.util.List;
import java.util.Optional;
import org.opencheckin.kiosk.vision.FaceQuality;
import org.opencheckin.kiosk.vision.Frame;
import org.opencheckin.kiosk.vision.Guidance;
import org.opencheckin.kiosk.vision.LiveFaceCheck;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfDouble;
import org.opencv.core.Rect;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Quality gate on YuNet detections. Checks in the order a guest can act on them: a face at all,
 * one person, distance, position, light, pose, sharpness. Thread-safe.
 */
public final class OpenCvLiveFaceCheck implements LiveFaceCheck {

    private final FacePipeline pipeline;
    private final QualitySettings settings;

    public OpenCvLiveFaceCheck(FacePipeline pipeline, QualitySettings settings) {
        this.pipeline = pipeline;
        this.settings = settings;
    }

    @Override
    public FaceQuality check(Frame frame) {
        Optional<Mat> decoded = FacePipeline.decode(frame.image());
        if (decoded.isEmpty()) {
            return new FaceQuality(Guidance.NO_FACE, Optional.empty(), 0, 0, 0, 0, 0);
        }
        Mat bgr = decoded.get();
        try {
            return check(bgr, pipeline.detect(bgr));
        } finally {
            bgr.release();
        }
    }

    FaceQuality check(Mat bgr, List<DetectedFace> faces) {
        int w = bgr.cols();
        int h = bgr.rows();
        if (faces.isEmpty()) {
            return new FaceQuality(Guidance.NO_FACE, Optional.empty(), 0, 0, 0, w, h);
        }
        DetectedFace main = faces.get(0);
        Optional<FaceQuality.FaceBox> box = Optional.of(
                new FaceQuality.FaceBox(main.x(), main.y(), main.width(), main.height(), main.score()));
        double yaw = main.yawRatio();
        long others = faces.stream().skip(1)
                .filter(f -> f.width() >= settings.secondFaceFraction() * main.width()).count();
        if (others > 0) {
            return new FaceQuality(Guidance.ONE_PERSON_ONLY, box, faces.size(), 0, yaw, w, h);
        }
        if (main.width() < settings.minFaceWidthFraction() * w) {
            return new FaceQuality(Guidance.MOVE_CLOSER, box, faces.size(), 0, yaw, w, h);
        }
        if (main.height() > settings.maxFaceHeightFraction() * h) {
            return new FaceQuality(Guidance.MOVE_BACK, box, faces.size(), 0, yaw, w, h);
        }
        double cx = (main.x() + main.width() / 2) / w;
        double cy = (main.y() + main.height() / 2) / h;
        double margin = settings.centreMargin();
        if (cx < margin || cx > 1 - margin || cy < margin || cy > 1 - margin) {
            return new FaceQuality(Guidance.CENTER_FACE, box, faces.size(), 0, yaw, w, h);
        }
        Rect inside = new Rect((int) Math.max(0, main.x()), (int) Math.max(0, main.y()), 0, 0);
        inside.width = (int) Math.min(w - inside.x, main.width());
        inside.height = (int) Math.min(h - inside.y, main.height());
        if (inside.width < 8 || inside.height < 8) {
            return new FaceQuality(Guidance.CENTER_FACE, box, faces.size(), 0, yaw, w, h);
        }
        Mat grey = faceGrey(bgr, inside);
        try {
            double brightness = Core.mean(grey).val[0];
            if (brightness < settings.minBrightness() || brightness > settings.maxBrightness()) {
                return new FaceQuality(Guidance.BETTER_LIGHT, box, faces.size(), 0, yaw, w, h);
            }
            if (Math.abs(yaw) > settings.maxYaw() || Math.abs(main.rollDegrees()) > settings.maxRollDegrees()) {
                return new FaceQuality(Guidance.LOOK_AT_CAMERA, box, faces.size(), 0, yaw, w, h);
            }
            double sharpness = sharpness(grey);
            Guidance guidance = sharpness < settings.minSharpness() ? Guidance.HOLD_STILL : Guidance.OK;
            return new FaceQuality(guidance, box, faces.size(), sharpness, yaw, w, h);
        } finally {
            grey.release();
        }
    }

    /** The face box in grey, scaled to 112 px wide so sharpness does not depend on distance. */
    private static Mat faceGrey(Mat bgr, Rect box) {
        Mat roi = new Mat(bgr, box);
        Mat grey = new Mat();
        Imgproc.cvtColor(roi, grey, Imgproc.COLOR_BGR2GRAY);
        roi.release();
        Mat scaled = new Mat();
        double factor = 112.0 / box.width;
        Imgproc.resize(grey, scaled, new Size(112, Math.max(1, Math.round(box.height * factor))), 0, 0,
                factor < 1 ? Imgproc.INTER_AREA : Imgproc.INTER_LINEAR);
        grey.release();
        return scaled;
    }

    /** Variance of the Laplacian: low when the image is blurred by motion or focus. */
    static double sharpness(Mat grey) {
        Mat lap = new Mat();
        Imgproc.Laplacian(grey, lap, CvType.CV_64F);
        MatOfDouble mean = new MatOfDouble();
        MatOfDouble std = new MatOfDouble();
        Core.meanStdDev(lap, mean, std);
        double sd = std.get(0, 0)[0];
        lap.release();
        return sd * sd;
    }
}
