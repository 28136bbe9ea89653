package org.opencheckin.simulators.guest;

import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import org.opencv.objdetect.FaceDetectorYN;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * OpenCV's YuNet detector ({@link FaceDetectorYN}) over a {@link BufferedImage}: the one class of the
 * simulators' main code that touches OpenCV. The photo is shrunk to {@value #FIRST_SIDE} px on its longer
 * side and, only when nothing is found there, to twice that (small faces in large photos), as the kiosk
 * does. Calls are serialised: the detector keeps per-input-size state.
 */
public final class YuNetFaceFinder implements FaceFinder {

    private static final int FIRST_SIDE = 320;
    private static final float SCORE_THRESHOLD = 0.6f;
    private static final float NMS_THRESHOLD = 0.3f;

    private final FaceDetectorYN detector;

    private YuNetFaceFinder(FaceDetectorYN detector) {
        this.detector = detector;
    }

    /**
     * Loads the model.
     *
     * @throws IllegalStateException when the model file is missing or OpenCV cannot load it (the message says which)
     */
    public static YuNetFaceFinder load(Path model) {
        if (!Files.isRegularFile(model)) {
            throw new IllegalStateException("face detector model missing: " + model);
        }
        try {
            nu.pattern.OpenCV.loadLocally();
            return new YuNetFaceFinder(FaceDetectorYN.create(model.toString(), "", new Size(FIRST_SIDE, FIRST_SIDE),
                    SCORE_THRESHOLD, NMS_THRESHOLD, 5000));
        } catch (RuntimeException | LinkageError e) {
            throw new IllegalStateException("face detector could not be loaded from " + model + ": " + e, e);
        }
    }

    @Override
    public Optional<FaceBox> largestFace(BufferedImage photo) {
        Mat bgr = toBgr(photo);
        try {
            Optional<FaceBox> face = detect(bgr, FIRST_SIDE);
            if (face.isEmpty() && Math.max(bgr.cols(), bgr.rows()) > FIRST_SIDE) {
                face = detect(bgr, 2 * FIRST_SIDE);
            }
            return face;
        } finally {
            bgr.release();
        }
    }

    private Optional<FaceBox> detect(Mat bgr, int side) {
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
            FaceBox largest = null;
            float[] row = new float[15];
            for (int i = 0; i < out.rows(); i++) {
                out.get(i, 0, row);
                FaceBox box = new FaceBox(row[0] / factor, row[1] / factor, row[2] / factor, row[3] / factor);
                if (largest == null || box.width() * box.height() > largest.width() * largest.height()) {
                    largest = box;
                }
            }
            return Optional.ofNullable(largest);
        } finally {
            out.release();
            if (input != bgr) {
                input.release();
            }
        }
    }

    /** The photo as an 8-bit BGR matrix (greyscale and alpha photos included). */
    static Mat toBgr(BufferedImage photo) {
        int w = photo.getWidth();
        int h = photo.getHeight();
        int[] argb = photo.getRGB(0, 0, w, h, null, 0, w);
        byte[] bgr = new byte[w * h * 3];
        for (int i = 0; i < argb.length; i++) {
            bgr[3 * i] = (byte) argb[i];
            bgr[3 * i + 1] = (byte) (argb[i] >> 8);
            bgr[3 * i + 2] = (byte) (argb[i] >> 16);
        }
        Mat mat = new Mat(h, w, CvType.CV_8UC3);
        mat.put(0, 0, bgr);
        return mat;
    }
}
