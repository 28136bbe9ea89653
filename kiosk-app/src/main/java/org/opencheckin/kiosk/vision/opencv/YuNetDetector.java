package org.opencheckin.kiosk.vision.opencv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import org.opencv.objdetect.FaceDetectorYN;

/**
 * YuNet face detector ({@link FaceDetectorYN}). Large images are shrunk before detection and the
 * results mapped back to the input's pixels, so alignment can use the full resolution.
 *
 * <p>Thread-safe: the OpenCV detector keeps per-input-size state, so calls are serialised.
 */
final class YuNetDetector {

    private final FaceDetectorYN detector;
    private final int maxSide;

    YuNetDetector(Path model, double scoreThreshold, int maxSide) {
        OpenCvNatives.load();
        this.detector = FaceDetectorYN.create(model.toString(), "", new Size(320, 320),
                (float) scoreThreshold, 0.3f, 5000);
        this.maxSide = maxSide;
    }

    /**
     * All faces, largest first. Looks at the image shrunk to {@code maxSide} first (cheap, enough for a
     * guest in front of the kiosk) and, only when that finds nothing, at twice that size, which
     * catches small faces in large photos.
     */
    List<DetectedFace> detect(Mat bgr) {
        List<DetectedFace> faces = detect(bgr, maxSide);
        if (faces.isEmpty() && Math.max(bgr.cols(), bgr.rows()) > maxSide) {
            faces = detect(bgr, 2 * maxSide);
        }
        return faces;
    }

    private List<DetectedFace> detect(Mat bgr, int side) {
        double factor = Math.min(1.0, (double) side / Math.max(bgr.cols(), bgr.rows()));
        Mat input = bgr;
        if (factor < 1.0) {
            input = new Mat();
            Imgproc.resize(bgr, input, new Size(Math.round(bgr.cols() * factor), Math.round(bgr.rows() * factor)),
                    0, 0, Imgproc.INTER_AREA);
        }
        Mat out = new Mat();
        try {
            synchronized (detector) {
                detector.setInputSize(input.size());
                detector.detect(input, out);
            }
            List<DetectedFace> faces = new ArrayList<>(out.rows());
            float[] row = new float[15];
            for (int i = 0; i < out.rows(); i++) {
                out.get(i, 0, row);
                double[] landmarks = new double[10];
                for (int k = 0; k < 10; k++) {
                    landmarks[k] = row[4 + k];
                }
                DetectedFace face = new DetectedFace(row[0], row[1], row[2], row[3], landmarks, row[14]);
                faces.add(factor < 1.0 ? face.scaled(1.0 / factor, 0, 0) : face);
            }
            faces.sort(Comparator.comparingDouble(DetectedFace::area).reversed());
            return faces;
        } finally {
            out.release();
            if (input != bgr) {
                input.release();
            }
        }
    }
}
