package org.opencheckin.kiosk.vision.opencv;

/**
 * Thresholds of the live-frame quality gate. Defaults are calibrated on the shared dev photos and
 * their blurred copies (see {@code docs/face-models.md}); configurable under {@code kiosk.vision.quality}.
 *
 * @param minFaceWidthFraction  face box width over frame width below which the guest must come closer
 * @param maxFaceHeightFraction face box height over frame height above which the guest must step back
 * @param centreMargin          face centre must lie this fraction of the frame away from every edge
 * @param secondFaceFraction    another face at least this fraction of the main face's width counts as a
 *                              second person (smaller ones are people far behind and are ignored)
 * @param maxYaw                largest |u - 0.5| of the nose's affine position between eyes and mouth
 * @param maxRollDegrees        largest in-plane head tilt
 * @param minSharpness          smallest variance of the Laplacian of the face, scaled to 112 px wide
 * @param minBrightness         darkest acceptable mean grey level of the face (0..255)
 * @param maxBrightness         brightest acceptable mean grey level of the face
 */
public record QualitySettings(double minFaceWidthFraction, double maxFaceHeightFraction, double centreMargin,
                              double secondFaceFraction, double maxYaw, double maxRollDegrees, double minSharpness,
                              double minBrightness, double maxBrightness) {

    public static QualitySettings defaults() {
        return new QualitySettings(0.15, 0.9, 0.2, 0.5, 0.15, 20, 40, 45, 220);
    }
}
