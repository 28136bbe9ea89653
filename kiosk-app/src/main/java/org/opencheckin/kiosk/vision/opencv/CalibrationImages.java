package org.opencheckin.kiosk.vision.opencv;

import java.util.List;
import java.util.Optional;
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
 * Kiosk-like inputs made in memory from ordinary face photos, for calibration, tests and the
 * benchmark: an ID-card chip portrait and a 640x480 camera frame. Nothing is written to disk.
 */
public final class CalibrationImages {

    private CalibrationImages() {
    }

    /**
     * An ID-card chip style portrait of the photo's main face: a head-and-shoulders crop at the
     * 102:126 aspect, shrunk to 102x126, greyscale, JPEG quality 30. Null when no face is found.
     */
    public static byte[] idCardPortrait(FacePipeline pipeline, byte[] photo) {
        Optional<Mat> decoded = FacePipeline.decode(photo);
        if (decoded.isEmpty()) {
            return null;
        }
        try {
            Mat portrait = idCardPortrait(pipeline, decoded.get());
            if (portrait == null) {
                return null;
            }
            byte[] bytes = jpeg(portrait, 30);
            portrait.release();
            return bytes;
        } finally {
            decoded.get().release();
        }
    }

    /** The 102x126 greyscale portrait as an image (not yet JPEG-compressed), or null without a face. */
    static Mat idCardPortrait(FacePipeline pipeline, Mat photo) {
        List<DetectedFace> faces = pipeline.detect(photo);
        if (faces.isEmpty()) {
            return null;
        }
        DetectedFace face = faces.get(0);
        double w = face.width() * 1.8;
        double h = w * 126 / 102;
        Mat cropped = crop(photo, face.x() + face.width() / 2 - w / 2, face.y() + face.height() / 2 - h * 0.45, w, h,
                new Scalar(200, 200, 200));
        Mat small = new Mat();
        Imgproc.resize(cropped, small, new Size(102, 126), 0, 0, Imgproc.INTER_AREA);
        Mat grey = new Mat();
        Imgproc.cvtColor(small, grey, Imgproc.COLOR_BGR2GRAY);
        cropped.release();
        small.release();
        return grey;
    }

    /**
     * A 640x480 JPEG camera-like frame of the photo's main face (4:3 crop centred on the face, three
     * face widths wide, grey where the photo ends). Null when no face is found.
     */
    public static byte[] cameraFrame(FacePipeline pipeline, byte[] photo) {
        Optional<Mat> decoded = FacePipeline.decode(photo);
        if (decoded.isEmpty()) {
            return null;
        }
        try {
            Mat frame = cameraFrame(pipeline, decoded.get());
            if (frame == null) {
                return null;
            }
            byte[] bytes = jpeg(frame, 85);
            frame.release();
            return bytes;
        } finally {
            decoded.get().release();
        }
    }

    static Mat cameraFrame(FacePipeline pipeline, Mat photo) {
        List<DetectedFace> faces = pipeline.detect(photo);
        if (faces.isEmpty()) {
            return null;
        }
        DetectedFace face = faces.get(0);
        double w = face.width() * 3;
        double h = w * 3 / 4;
        Mat cropped = crop(photo, face.x() + face.width() / 2 - w / 2, face.y() + face.height() / 2 - h / 2, w, h,
                new Scalar(128, 128, 128));
        Mat frame = new Mat();
        Imgproc.resize(cropped, frame, new Size(640, 480), 0, 0, Imgproc.INTER_AREA);
        cropped.release();
        return frame;
    }

    static byte[] jpeg(Mat image, int quality) {
        MatOfByte out = new MatOfByte();
        Imgcodecs.imencode(".jpg", image, out, new MatOfInt(Imgcodecs.IMWRITE_JPEG_QUALITY, quality));
        byte[] bytes = out.toArray();
        out.release();
        return bytes;
    }

    /** A crop that may reach outside the image; the outside is filled with {@code fill}. */
    private static Mat crop(Mat image, double x, double y, double w, double h, Scalar fill) {
        int pad = (int) Math.ceil(Math.max(w, h));
        Mat padded = new Mat();
        Core.copyMakeBorder(image, padded, pad, pad, pad, pad, Core.BORDER_CONSTANT, fill);
        Rect rect = new Rect((int) Math.round(x) + pad, (int) Math.round(y) + pad, (int) Math.round(w),
                (int) Math.round(h));
        Mat out = new Mat(padded, rect).clone();
        padded.release();
        return out;
    }
}
