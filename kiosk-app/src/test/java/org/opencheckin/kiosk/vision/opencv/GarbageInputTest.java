package org.opencheckin.kiosk.vision.opencv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.opencheckin.kiosk.vision.FaceDecision;
import org.opencheckin.kiosk.vision.Frame;
import org.opencheckin.kiosk.vision.Guidance;
import org.opencheckin.kiosk.vision.LivenessVerdict;

/**
 * Camera frames and chip portraits are untrusted bytes: random, truncated and bit-flipped images
 * must give a "no face" style answer, never an exception.
 */
class GarbageInputTest {

    @Test
    void randomTruncatedAndCorruptedImagesAreAnsweredNotThrown() throws Exception {
        FacePipeline pipeline = FaceFixtures.pipeline();
        OpenCvFaceVerifier verifier = new OpenCvFaceVerifier(pipeline);
        OpenCvLiveFaceCheck gate = new OpenCvLiveFaceCheck(pipeline, QualitySettings.defaults());
        HeadTurnLivenessCheck liveness = new HeadTurnLivenessCheck(pipeline, LivenessSettings.defaults());
        OpenCvQrCodeScanner qr = new OpenCvQrCodeScanner();
        byte[] face = Files.readAllBytes(FaceFixtures.devPhotos().photos().get(0).file());
        Random random = new Random(20260101);

        for (int round = 0; round < 30; round++) {
            byte[] garbage;
            switch (round % 3) {
                case 0 -> {
                    garbage = new byte[1 + random.nextInt(4096)];
                    random.nextBytes(garbage);
                }
                case 1 -> garbage = Arrays.copyOf(face, 1 + random.nextInt(face.length - 1));
                default -> {
                    garbage = face.clone();
                    for (int flips = 0; flips < 20; flips++) {
                        garbage[random.nextInt(garbage.length)] ^= (byte) (1 << random.nextInt(8));
                    }
                }
            }
            Frame frame = Frame.of(garbage);

            FaceDecision decision = verifier.verify(garbage, face).decision();
            assertThat(decision).isIn(FaceDecision.NO_FACE_IN_PORTRAIT, FaceDecision.MATCH, FaceDecision.NO_MATCH);
            assertThat(gate.check(frame).guidance()).isNotNull();
            assertThat(liveness.evaluate(List.of(frame, frame, frame)).verdict())
                    .isIn(LivenessVerdict.INSUFFICIENT_FRAMES, LivenessVerdict.NOT_LIVE);
            assertThat(qr.scan(frame)).isNotNull();
            if (round % 3 == 0) {
                assertThat(decision).isEqualTo(FaceDecision.NO_FACE_IN_PORTRAIT);
                assertThat(gate.check(frame).guidance()).isEqualTo(Guidance.NO_FACE);
            }
        }
    }
}
