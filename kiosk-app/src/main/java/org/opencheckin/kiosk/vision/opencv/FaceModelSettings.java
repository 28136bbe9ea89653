package org.opencheckin.kiosk.vision.opencv;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Model files and thresholds of the face pipeline. Defaults are the values calibrated on
 * {@code ../shared/faces/dev} (see {@code docs/face-models.md}); the Micronaut wiring fills them
 * from {@code kiosk.vision.*}.
 *
 * @param modelDir              directory holding the model files
 * @param detectorFile          YuNet ONNX file name
 * @param embedderFile          112x112 embedding ONNX file name
 * @param matchThreshold        cosine at or above which two faces are the same person
 * @param detectScoreThreshold  YuNet confidence below which a detection is dropped
 * @param detectMaxSide         frames are shrunk to this longest side before detection, and to twice
 *                              that when nothing is found (landmarks are mapped back, alignment uses
 *                              the full-resolution image)
 * @param portraitMinSide       images whose shorter side is below this are treated as small ID-card
 *                              portraits: upscaled to it and padded before detection
 */
public record FaceModelSettings(Path modelDir, String detectorFile, String embedderFile, double matchThreshold,
                                double detectScoreThreshold, int detectMaxSide, int portraitMinSide) {

    public static final String DEFAULT_DETECTOR = "face_detection_yunet_2023mar.onnx";
    public static final String DEFAULT_EMBEDDER = "fr_feature.onnx";
    public static final double DEFAULT_MATCH_THRESHOLD = 0.42;
    public static final double DEFAULT_DETECT_SCORE_THRESHOLD = 0.6;
    public static final int DEFAULT_DETECT_MAX_SIDE = 320;
    public static final int DEFAULT_PORTRAIT_MIN_SIDE = 320;

    public FaceModelSettings {
        Objects.requireNonNull(modelDir, "modelDir");
        Objects.requireNonNull(detectorFile, "detectorFile");
        Objects.requireNonNull(embedderFile, "embedderFile");
    }

    /** Default files and thresholds in the given directory. */
    public static FaceModelSettings defaults(Path modelDir) {
        return new FaceModelSettings(modelDir, DEFAULT_DETECTOR, DEFAULT_EMBEDDER, DEFAULT_MATCH_THRESHOLD,
                DEFAULT_DETECT_SCORE_THRESHOLD, DEFAULT_DETECT_MAX_SIDE, DEFAULT_PORTRAIT_MIN_SIDE);
    }

    /**
     * Where to look for models when nothing is configured: system property {@code models.dir}, then
     * environment variable {@code KIOSK_VISION_MODEL_DIR}, then {@code models/} or {@code ../models}
     * relative to the working directory (the repository root, or a module directory under it).
     */
    public static Path defaultModelDir() {
        String property = System.getProperty("models.dir");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String env = System.getenv("KIOSK_VISION_MODEL_DIR");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        Path here = Path.of("models");
        if (java.nio.file.Files.isDirectory(here)) {
            return here.toAbsolutePath();
        }
        return Path.of("..", "models").toAbsolutePath().normalize();
    }

    public FaceModelSettings withMatchThreshold(double threshold) {
        return new FaceModelSettings(modelDir, detectorFile, embedderFile, threshold, detectScoreThreshold,
                detectMaxSide, portraitMinSide);
    }

    public Path detectorPath() {
        return modelDir.resolve(detectorFile);
    }

    public Path embedderPath() {
        return modelDir.resolve(embedderFile);
    }
}
