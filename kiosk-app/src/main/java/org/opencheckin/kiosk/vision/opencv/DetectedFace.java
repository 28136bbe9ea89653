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
     * The nose tip in the affine frame spanned by the right eye, the left eye and the mouth centre:
     * {@code nose = rightEye + u (leftEye - rightEye) + v (mouthCentre - rightEye)}. Returns u.
     *
     * <p>u is about 0.5 for a frontal face and moves towards 0 or 1 as the head turns, because the
     * nose stands out of the plane of eyes and mouth. For a flat picture it does not change under
     * any affine distortion (moving, turning, tilting or bending a photo in front of the camera
     * keeps it, up to perspective effects), which is what the head-turn liveness check relies on.
     */
    double noseAffineU() {
        double ax = lx(LEFT_EYE) - lx(RIGHT_EYE);
        double ay = ly(LEFT_EYE) - ly(RIGHT_EYE);
        double mx = (lx(RIGHT_MOUTH) + lx(LEFT_MOUTH)) / 2 - lx(RIGHT_EYE);
        double my = (ly(RIGHT_MOUTH) + ly(LEFT_MOUTH)) / 2 - ly(RIGHT_EYE);
        double nx = lx(NOSE) - lx(RIGHT_EYE);
        double ny = ly(NOSE) - ly(RIGHT_EYE);
        double det = ax * my - ay * mx;
        if (Math.abs(det) < 1e-9) {
            return 0.5;
        }
        return (nx * my - ny * mx) / det;
    }

    /** Frontal-ness measure for the quality gate: u - 0.5 scaled so that 0 is frontal. */
    double yawRatio() {
        return noseAffineU() - 0.5;
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
