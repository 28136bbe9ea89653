package org.opencheckin.kiosk.identity;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.opencheckin.kiosk.camera.CameraFeed;
import org.opencheckin.kiosk.vision.FaceQuality;
import org.opencheckin.kiosk.vision.FaceScore;
import org.opencheckin.kiosk.vision.FaceVerifier;
import org.opencheckin.kiosk.vision.Frame;
import org.opencheckin.kiosk.vision.Guidance;
import org.opencheckin.kiosk.vision.LiveFaceCheck;
import org.opencheckin.kiosk.vision.LivenessCheck;
import org.opencheckin.kiosk.vision.LivenessResult;
import org.opencheckin.kiosk.vision.VisionModels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@link FaceCheck} on the vision package's interfaces: the quality gate on each new live frame (it guides the
 * guest), the active liveness challenge over all frames of this try, then one 1:1 verification of the frame
 * liveness picked as most frontal, so the face that turned is the face that is matched.
 * When any vision bean or model is missing it reports itself unavailable and the flow routes identity
 * to staff.
 */
@Singleton
public class VisionFaceCheck implements FaceCheck {

    private static final Logger LOG = LoggerFactory.getLogger(VisionFaceCheck.class);
    /** Frames before liveness is first judged, and the most it is given at once (about 8 s at 10 fps). */
    static final int MIN_FRAMES = 3;
    static final int MAX_FRAMES = 80;

    private final Optional<FaceVerifier> verifier;
    private final Optional<LiveFaceCheck> quality;
    private final Optional<LivenessCheck> liveness;
    private final Optional<VisionModels> models;
    private final CameraFeed camera;
    private final Clock clock;
    private final Duration window;
    private final Duration sampleInterval;

    public VisionFaceCheck(Optional<FaceVerifier> verifier, Optional<LiveFaceCheck> quality,
                           Optional<LivenessCheck> liveness, Optional<VisionModels> models, CameraFeed camera,
                           Clock clock,
                           @Value("${kiosk.face.attempt-window:8s}") Duration window,
                           @Value("${kiosk.face.sample-interval:150ms}") Duration sampleInterval) {
        this.verifier = verifier;
        this.quality = quality;
        this.liveness = liveness;
        this.models = models;
        this.camera = camera;
        this.clock = clock;
        this.window = window;
        this.sampleInterval = sampleInterval;
        if (!available()) {
            LOG.warn("face verification unavailable, identity goes to staff: {}", unavailableReason());
        }
    }

    @Override
    public boolean available() {
        return verifier.isPresent() && quality.isPresent() && liveness.isPresent()
                && models.map(VisionModels::faceVerificationAvailable).orElse(false)
                && models.get().status().liveness();
    }

    @Override
    public String unavailableReason() {
        if (models.isPresent() && !models.get().faceVerificationAvailable()) {
            return models.get().status().reason();
        }
        if (verifier.isEmpty() || quality.isEmpty() || liveness.isEmpty() || models.isEmpty()) {
            return "face verification components are not configured (kiosk.vision)";
        }
        return available() ? "ready" : models.get().status().reason();
    }

    @Override
    public FaceAttempt attempt(byte[] portrait, Consumer<Guidance> guidance) {
        if (!available()) {
            return new FaceAttempt(FaceAttempt.Outcome.UNAVAILABLE, null, null, null, unavailableReason());
        }
        Instant start = clock.instant();
        Instant deadline = start.plus(window);
        List<Frame> frames = List.of();
        Frame sharpest = null;
        double bestSharpness = -1;
        int usable = 0;
        LivenessResult live = null;
        Instant seenUpTo = start.minusNanos(1);
        while (clock.instant().isBefore(deadline)) {
            frames = camera.framesSince(start);
            boolean fresh = false;
            for (Frame frame : frames) {
                if (!frame.capturedAt().isAfter(seenUpTo)) {
                    continue;
                }
                seenUpTo = frame.capturedAt();
                fresh = true;
                // The quality gate only guides the guest; liveness needs the turned-head frames it rejects.
                FaceQuality q = quality.get().check(frame);
                guidance.accept(q.isUsable() ? liveness.get().challenge() : q.guidance());
                if (q.isUsable()) {
                    usable++;
                    if (q.sharpness() > bestSharpness) {
                        bestSharpness = q.sharpness();
                        sharpest = frame;
                    }
                }
            }
            if (fresh && frames.size() >= MIN_FRAMES) {
                if (frames.size() > MAX_FRAMES) {
                    frames = frames.subList(frames.size() - MAX_FRAMES, frames.size());
                }
                live = liveness.get().evaluate(frames);
                if (live.isLive()) {
                    break;
                }
            }
            if (!sleep(sampleInterval)) {
                break;
            }
        }
        if (live == null || usable == 0) {
            return new FaceAttempt(FaceAttempt.Outcome.NOT_LIVE, null, null, null,
                    "no usable face within " + window.toSeconds() + " s");
        }
        if (!live.isLive()) {
            return new FaceAttempt(FaceAttempt.Outcome.NOT_LIVE, null, live.score(), null,
                    "liveness " + live.verdict() + ": " + live.reason());
        }
        // Verify the frame liveness picked, so the face that turned is the face that is matched.
        Frame best = live.frontalFrameIndex() >= 0 && live.frontalFrameIndex() < frames.size()
                ? frames.get(live.frontalFrameIndex()) : sharpest;
        FaceScore score = verifier.get().verify(portrait, best);
        LOG.info("face try: decision={} score={} liveness={} in {} ms", score.decision(),
                String.format("%.3f", score.score()), String.format("%.2f", live.score()),
                Math.round(score.timings().totalMs()));
        Double faceScore = Double.isNaN(score.score()) ? null : score.score();
        return switch (score.decision()) {
            case MATCH -> new FaceAttempt(FaceAttempt.Outcome.MATCH, faceScore, live.score(), score.modelId(),
                    score.reason());
            case NO_MATCH, NO_FACE_IN_LIVE_FRAME -> new FaceAttempt(FaceAttempt.Outcome.NO_MATCH, faceScore,
                    live.score(), score.modelId(), score.reason());
            case NO_FACE_IN_PORTRAIT -> new FaceAttempt(FaceAttempt.Outcome.PORTRAIT_UNUSABLE, null, live.score(),
                    score.modelId(), score.reason());
            case UNAVAILABLE -> new FaceAttempt(FaceAttempt.Outcome.UNAVAILABLE, null, null, null, score.reason());
        };
    }

    private static boolean sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
