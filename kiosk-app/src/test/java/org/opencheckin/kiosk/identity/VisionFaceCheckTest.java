package org.opencheckin.kiosk.identity;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opencheckin.kiosk.camera.CameraFeed;
import org.opencheckin.kiosk.fakes.FakeCamera;
import org.opencheckin.kiosk.vision.FaceDecision;
import org.opencheckin.kiosk.vision.FaceQuality;
import org.opencheckin.kiosk.vision.FaceScore;
import org.opencheckin.kiosk.vision.FaceTimings;
import org.opencheckin.kiosk.vision.FaceVerifier;
import org.opencheckin.kiosk.vision.Guidance;
import org.opencheckin.kiosk.vision.LiveFaceCheck;
import org.opencheckin.kiosk.vision.LivenessCheck;
import org.opencheckin.kiosk.vision.LivenessResult;
import org.opencheckin.kiosk.vision.LivenessVerdict;
import org.opencheckin.kiosk.vision.ModelStatus;
import org.opencheckin.kiosk.vision.VisionModels;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The face step on scripted vision components and the app's own capture loop with a drawn camera. */
class VisionFaceCheckTest {

    CameraFeed feed = new CameraFeed(Optional.of(new FakeCamera()), Clock.systemUTC(), 20, Duration.ofSeconds(4),
            Duration.ofSeconds(2));
    AtomicInteger qualityChecks = new AtomicInteger();
    List<Integer> livenessBatchSizes = new CopyOnWriteArrayList<>();
    List<Guidance> prompts = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        feed.sessionEnded();
    }

    LiveFaceCheck quality(boolean usable) {
        return frame -> {
            qualityChecks.incrementAndGet();
            return new FaceQuality(usable ? Guidance.OK : Guidance.MOVE_CLOSER, Optional.empty(), usable ? 1 : 0,
                    120, 0, 640, 480);
        };
    }

    LivenessCheck liveness(LivenessVerdict verdict, int framesNeeded) {
        return new LivenessCheck() {
            @Override
            public Guidance challenge() {
                return Guidance.TURN_HEAD;
            }

            @Override
            public LivenessResult evaluate(List<org.opencheckin.kiosk.vision.Frame> frames) {
                livenessBatchSizes.add(frames.size());
                LivenessVerdict v = frames.size() >= framesNeeded ? verdict : LivenessVerdict.INSUFFICIENT_FRAMES;
                return new LivenessResult(v, v == LivenessVerdict.LIVE ? 1.0 : 0.2, frames.size(),
                        v == LivenessVerdict.LIVE ? frames.size() - 1 : -1, "scripted");
            }
        };
    }

    final List<byte[]> verified = new CopyOnWriteArrayList<>();

    FaceVerifier verifier(FaceDecision decision, double score) {
        return new FaceVerifier() {
            @Override
            public FaceScore verify(byte[] portraitImage, byte[] liveFrame) {
                verified.add(liveFrame);
                return new FaceScore(score, decision, 0.42, "fr_feature.onnx#87aacdfe", FaceTimings.NONE, "scripted");
            }

            @Override
            public double threshold() {
                return 0.42;
            }
        };
    }

    static VisionModels models(boolean ready) {
        return () -> new ModelStatus(ready, ready, Path.of("models"), ready ? "ready" : "fr_feature.onnx missing",
                ready ? List.of() : List.of("fr_feature.onnx"));
    }

    VisionFaceCheck check(LiveFaceCheck quality, LivenessCheck liveness, FaceVerifier verifier, boolean models) {
        return new VisionFaceCheck(Optional.of(verifier), Optional.of(quality), Optional.of(liveness),
                Optional.of(models(models)), feed, Clock.systemUTC(), Duration.ofMillis(1500), Duration.ofMillis(50));
    }

    @Test
    void liveGuestWhoMatchesIsAMatchWithScoresForTheBackend() {
        FaceAttempt attempt = check(quality(true), liveness(LivenessVerdict.LIVE, 5), verifier(FaceDecision.MATCH, 0.71),
                true).attempt(new byte[] {1}, prompts::add);
        assertThat(attempt.outcome()).isEqualTo(FaceAttempt.Outcome.MATCH);
        assertThat(attempt.faceScore()).isEqualTo(0.71);
        assertThat(attempt.livenessScore()).isEqualTo(1.0);
        assertThat(attempt.modelId()).isEqualTo("fr_feature.onnx#87aacdfe");
        assertThat(prompts).contains(Guidance.TURN_HEAD);
        assertThat(verified).hasSize(1);
    }

    @Test
    void aStillPhotoIsNotLiveAndNeverCompared() {
        FaceAttempt attempt = check(quality(true), liveness(LivenessVerdict.NOT_LIVE, 1),
                verifier(FaceDecision.MATCH, 0.9), true).attempt(new byte[] {1}, prompts::add);
        assertThat(attempt.outcome()).isEqualTo(FaceAttempt.Outcome.NOT_LIVE);
        assertThat(attempt.faceScore()).isNull();
        assertThat(attempt.retryable()).isTrue();
        assertThat(verified).isEmpty();
    }

    @Test
    void eachFrameIsCheckedOnceAndLivenessSeesEveryFrameOfTheTry() {
        check(quality(false), liveness(LivenessVerdict.NOT_LIVE, 1), verifier(FaceDecision.MATCH, 0.9), true)
                .attempt(new byte[] {1}, prompts::add);
        int frames = feed.framesSince(java.time.Instant.EPOCH).size();
        assertThat(qualityChecks.get()).isBetween(1, frames);
        assertThat(livenessBatchSizes).isNotEmpty();
        assertThat(livenessBatchSizes.get(livenessBatchSizes.size() - 1)).isGreaterThan(VisionFaceCheck.MIN_FRAMES);
        assertThat(livenessBatchSizes).allMatch(n -> n <= VisionFaceCheck.MAX_FRAMES);
    }

    @Test
    void nobodyUsableInFrontOfTheCameraGuidesTheGuestAndFails() {
        FaceAttempt attempt = check(quality(false), liveness(LivenessVerdict.LIVE, 1), verifier(FaceDecision.MATCH, 0.9),
                true).attempt(new byte[] {1}, prompts::add);
        assertThat(attempt.outcome()).isEqualTo(FaceAttempt.Outcome.NOT_LIVE);
        assertThat(prompts).contains(Guidance.MOVE_CLOSER).doesNotContain(Guidance.TURN_HEAD);
    }

    @Test
    void portraitWithoutFaceIsNotRetryable() {
        FaceAttempt attempt = check(quality(true), liveness(LivenessVerdict.LIVE, 3),
                verifier(FaceDecision.NO_FACE_IN_PORTRAIT, Double.NaN), true).attempt(new byte[] {1}, prompts::add);
        assertThat(attempt.outcome()).isEqualTo(FaceAttempt.Outcome.PORTRAIT_UNUSABLE);
        assertThat(attempt.retryable()).isFalse();
    }

    @Test
    void missingModelsMakeTheStepUnavailableWithTheReason() {
        VisionFaceCheck check = check(quality(true), liveness(LivenessVerdict.LIVE, 1), verifier(FaceDecision.MATCH, 0.9),
                false);
        assertThat(check.available()).isFalse();
        assertThat(check.unavailableReason()).contains("fr_feature.onnx");
        assertThat(check.attempt(new byte[] {1}, prompts::add).outcome()).isEqualTo(FaceAttempt.Outcome.UNAVAILABLE);
        VisionFaceCheck none = new VisionFaceCheck(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), feed, Clock.systemUTC(), Duration.ofSeconds(1), Duration.ofMillis(50));
        assertThat(none.available()).isFalse();
        assertThat(none.unavailableReason()).contains("not configured");
    }
}
