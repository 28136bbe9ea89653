package org.opencheckin.kiosk.vision.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.nio.file.Path;
import java.time.Duration;
import org.opencheckin.kiosk.vision.opencv.FaceModelSettings;
import org.opencheckin.kiosk.vision.opencv.LivenessSettings;
import org.opencheckin.kiosk.vision.opencv.QualitySettings;

/**
 * {@code kiosk.vision.*}: model files, thresholds and the camera. Every property has a default;
 * see {@code docs/face-models.md} for what each one trades off.
 */
@ConfigurationProperties("kiosk.vision")
public class VisionConfiguration {

    /** Model directory; default: -Dmodels.dir, $KIOSK_VISION_MODEL_DIR, ./models, ../models. */
    private String modelDir;
    private String detector = FaceModelSettings.DEFAULT_DETECTOR;
    private String embedder = FaceModelSettings.DEFAULT_EMBEDDER;
    /** Cosine at or above which the live face matches the document portrait. */
    private double matchThreshold = FaceModelSettings.DEFAULT_MATCH_THRESHOLD;
    private double detectScoreThreshold = FaceModelSettings.DEFAULT_DETECT_SCORE_THRESHOLD;
    private int detectMaxSide = FaceModelSettings.DEFAULT_DETECT_MAX_SIDE;
    private int portraitMinSide = FaceModelSettings.DEFAULT_PORTRAIT_MIN_SIDE;

    private double minFaceWidthFraction = QualitySettings.defaults().minFaceWidthFraction();
    private double minSharpness = QualitySettings.defaults().minSharpness();
    private double maxYaw = QualitySettings.defaults().maxYaw();

    private double livenessMinTurn = LivenessSettings.defaults().minTurn();
    private Duration livenessMaxDuration = LivenessSettings.defaults().maxDuration();

    public FaceModelSettings faceModelSettings() {
        Path dir = modelDir == null || modelDir.isBlank() ? FaceModelSettings.defaultModelDir() : Path.of(modelDir);
        return new FaceModelSettings(dir, detector, embedder, matchThreshold, detectScoreThreshold, detectMaxSide,
                portraitMinSide);
    }

    public QualitySettings qualitySettings() {
        QualitySettings d = QualitySettings.defaults();
        return new QualitySettings(minFaceWidthFraction, d.maxFaceHeightFraction(), d.centreMargin(),
                d.secondFaceFraction(), maxYaw, d.maxRollDegrees(), minSharpness, d.minBrightness(), d.maxBrightness());
    }

    public LivenessSettings livenessSettings() {
        LivenessSettings d = LivenessSettings.defaults();
        return new LivenessSettings(livenessMinTurn, d.maxFrontalYaw(), d.minFrames(), livenessMaxDuration,
                matchThreshold);
    }

    public String getModelDir() {
        return modelDir;
    }

    public void setModelDir(String modelDir) {
        this.modelDir = modelDir;
    }

    public String getDetector() {
        return detector;
    }

    public void setDetector(String detector) {
        this.detector = detector;
    }

    public String getEmbedder() {
        return embedder;
    }

    public void setEmbedder(String embedder) {
        this.embedder = embedder;
    }

    public double getMatchThreshold() {
        return matchThreshold;
    }

    public void setMatchThreshold(double matchThreshold) {
        this.matchThreshold = matchThreshold;
    }

    public double getDetectScoreThreshold() {
        return detectScoreThreshold;
    }

    public void setDetectScoreThreshold(double detectScoreThreshold) {
        this.detectScoreThreshold = detectScoreThreshold;
    }

    public int getDetectMaxSide() {
        return detectMaxSide;
    }

    public void setDetectMaxSide(int detectMaxSide) {
        this.detectMaxSide = detectMaxSide;
    }

    public int getPortraitMinSide() {
        return portraitMinSide;
    }

    public void setPortraitMinSide(int portraitMinSide) {
        this.portraitMinSide = portraitMinSide;
    }

    public double getMinFaceWidthFraction() {
        return minFaceWidthFraction;
    }

    public void setMinFaceWidthFraction(double minFaceWidthFraction) {
        this.minFaceWidthFraction = minFaceWidthFraction;
    }

    public double getMinSharpness() {
        return minSharpness;
    }

    public void setMinSharpness(double minSharpness) {
        this.minSharpness = minSharpness;
    }

    public double getMaxYaw() {
        return maxYaw;
    }

    public void setMaxYaw(double maxYaw) {
        this.maxYaw = maxYaw;
    }

    public double getLivenessMinTurn() {
        return livenessMinTurn;
    }

    public void setLivenessMinTurn(double livenessMinTurn) {
        this.livenessMinTurn = livenessMinTurn;
    }

    public Duration getLivenessMaxDuration() {
        return livenessMaxDuration;
    }

    public void setLivenessMaxDuration(Duration livenessMaxDuration) {
        this.livenessMaxDuration = livenessMaxDuration;
    }
}
