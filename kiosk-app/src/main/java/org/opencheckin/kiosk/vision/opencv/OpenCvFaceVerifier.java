package org.opencheckin.kiosk.vision.opencv;

import java.util.Optional;
import org.opencheckin.kiosk.vision.FaceDecision;
import org.opencheckin.kiosk.vision.FaceScore;
import org.opencheckin.kiosk.vision.FaceVerifier;

/**
 * {@link FaceVerifier} on YuNet + 5-point alignment + {@code fr_feature.onnx}: cosine similarity of
 * the L2-normalised embeddings of the main face in each image, compared with the configured
 * threshold. Thread-safe.
 */
public final class OpenCvFaceVerifier implements FaceVerifier {

    private final FacePipeline pipeline;
    private final double threshold;

    public OpenCvFaceVerifier(FacePipeline pipeline) {
        this.pipeline = pipeline;
        this.threshold = pipeline.settings().matchThreshold();
    }

    @Override
    public FaceScore verify(byte[] portraitImage, byte[] liveFrame) {
        FaceTimer timer = new FaceTimer();
        Optional<float[]> portrait = pipeline.embedMainFace(portraitImage, timer);
        if (portrait.isEmpty()) {
            return new FaceScore(Double.NaN, FaceDecision.NO_FACE_IN_PORTRAIT, threshold, pipeline.modelId(),
                    timer.timings(), "no face found in the document portrait");
        }
        Optional<float[]> live = pipeline.embedMainFace(liveFrame, timer);
        if (live.isEmpty()) {
            return new FaceScore(Double.NaN, FaceDecision.NO_FACE_IN_LIVE_FRAME, threshold, pipeline.modelId(),
                    timer.timings(), "no face found in the live frame");
        }
        double score = FaceEmbedder.cosine(portrait.get(), live.get());
        boolean match = score >= threshold;
        return new FaceScore(score, match ? FaceDecision.MATCH : FaceDecision.NO_MATCH, threshold,
                pipeline.modelId(), timer.timings(),
                match ? "score at or above threshold" : "score below threshold");
    }

    /**
     * Embedding of the main face of one image, for calibration tools that score many pairs
     * (face-eval embeds each photo once). Empty when no face is found.
     */
    public Optional<float[]> embedding(byte[] image) {
        return pipeline.embedMainFace(image, new FaceTimer());
    }

    /** Cosine of two embeddings from {@link #embedding}. */
    public static double similarity(float[] a, float[] b) {
        return FaceEmbedder.cosine(a, b);
    }

    @Override
    public double threshold() {
        return threshold;
    }
}
