package org.opencheckin.kiosk.vision.opencv;

import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Warps a face to the 112x112 ArcFace crop: the least-squares similarity transform (rotation,
 * uniform scale, shift; Umeyama's closed form in 2-D) that maps the five YuNet landmarks onto the
 * standard template. Same template and transform family as {@code FaceRecognizerSF.alignCrop},
 * without having to load a recognizer to get at it.
 */
final class FaceAligner {

    static final int SIZE = 112;

    /** ArcFace reference points for a 112x112 crop, in YuNet's landmark order. */
    private static final double[] TEMPLATE = {
        38.2946, 51.6963,
        73.5318, 51.5014,
        56.0252, 71.7366,
        41.5493, 92.3655,
        70.7299, 92.2041,
    };

    private FaceAligner() {
    }

    static Mat align(Mat bgr, DetectedFace face) {
        Mat transform = similarity(face.landmarks(), TEMPLATE);
        Mat aligned = new Mat();
        Imgproc.warpAffine(bgr, aligned, transform, new Size(SIZE, SIZE), Imgproc.INTER_LINEAR);
        transform.release();
        return aligned;
    }

    /** 2x3 matrix [[a, -b, tx], [b, a, ty]] minimising the squared error from src to dst. */
    static Mat similarity(double[] src, double[] dst) {
        int n = src.length / 2;
        double sx = 0;
        double sy = 0;
        double dx = 0;
        double dy = 0;
        for (int i = 0; i < n; i++) {
            sx += src[2 * i];
            sy += src[2 * i + 1];
            dx += dst[2 * i];
            dy += dst[2 * i + 1];
        }
        sx /= n;
        sy /= n;
        dx /= n;
        dy /= n;
        double dot = 0;
        double cross = 0;
        double norm = 0;
        for (int i = 0; i < n; i++) {
            double px = src[2 * i] - sx;
            double py = src[2 * i + 1] - sy;
            double qx = dst[2 * i] - dx;
            double qy = dst[2 * i + 1] - dy;
            dot += px * qx + py * qy;
            cross += px * qy - py * qx;
            norm += px * px + py * py;
        }
        double a = dot / norm;
        double b = cross / norm;
        Mat m = new Mat(2, 3, CvType.CV_64F);
        m.put(0, 0, a, -b, dx - (a * sx - b * sy), b, a, dy - (b * sx + a * sy));
        return m;
    }
}
