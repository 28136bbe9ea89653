package org.opencheckin.kiosk.vision.opencv;

/**
 * One YuNet detection in image pixels: box, the five landmarks in YuNet's order (right eye, left
 * eye, nose tip, right and left mouth corner, "right" being the subject's right, i.e. image left)
 * and the confidence.
 */
record DetectedFace(double x, double y, double width, double height, double[] landmarks, double score) {

    static final int RIGHT_EYE = 0;
    static final int LEFT_EYE = 1;
    static final int NOSE = 2;
    static final int RIGHT_MOUTH = 3;
    static final int LEFT_MOUTH = 4;

    double lx(int point) {
        return landmarks[2 * point];
    }

    double ly(int point) {
        return landmarks[2 * point + 1];
    }

    double area() {
        return width * height;
    }

    double eyeDistance() {
        return Math.hypot(lx(LEFT_EYE) - lx(RIGHT_EYE), ly(LEFT_EYE) - ly(RIGHT_EYE));
    }

    /** In-plane head tilt in degrees, from the eye line. */
    double rollDegrees() {
        return Math.toDegrees(Math.atan2(ly(LEFT_EYE) - ly(RIGHT_EYE), lx(LEFT_EYE) - lx(RIGHT_EYE)));
    }

    /**
     * The nose tip in the affine frame with its origin at the eye midpoint and the axes
     * {@code leftEye - rightEye} and {@code mouthCentre - eyeMidpoint}:
     * {@code nose = eyeMid + u (leftEye - rightEye) + v (mouthCentre - eyeMid)}. Returns u.
     *
     * <p>u is about 0 for a frontal face and moves towards -0.5 or +0.5 as the head turns, because
     * the nose stands out of the plane of eyes and mouth. For a flat picture it does not change
     * under any affine distortion (moving, turning, tilting or shearing a photo in front of the
     * camera keeps it, up to perspective effects), which is what the head-turn liveness check relies on.
     */
    double noseAffineU() {
        double emx = (lx(RIGHT_EYE) + lx(LEFT_EYE)) / 2;
        double emy = (ly(RIGHT_EYE) + ly(LEFT_EYE)) / 2;
        double ax = lx(LEFT_EYE) - lx(RIGHT_EYE);
        double ay = ly(LEFT_EYE) - ly(RIGHT_EYE);
        double mx = (lx(RIGHT_MOUTH) + lx(LEFT_MOUTH)) / 2 - emx;
        double my = (ly(RIGHT_MOUTH) + ly(LEFT_MOUTH)) / 2 - emy;
        double nx = lx(NOSE) - emx;
        double ny = ly(NOSE) - emy;
        double det = ax * my - ay * mx;
        if (Math.abs(det) < 1e-9) {
            return 0;
        }
        return (nx * my - ny * mx) / det;
    }

    /** Frontal-ness for the quality gate: {@link #noseAffineU()}, 0 when frontal. */
    double yawRatio() {
        return noseAffineU();
    }

    DetectedFace scaled(double factor, double offsetX, double offsetY) {
        double[] mapped = new double[landmarks.length];
        for (int i = 0; i < landmarks.length; i += 2) {
            mapped[i] = landmarks[i] * factor + offsetX;
            mapped[i + 1] = landmarks[i + 1] * factor + offsetY;
        }
        return new DetectedFace(x * factor + offsetX, y * factor + offsetY, width * factor, height * factor,
                mapped, score);
    }
}
