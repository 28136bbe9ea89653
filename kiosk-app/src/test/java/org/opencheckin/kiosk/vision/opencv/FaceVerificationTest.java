package org.opencheckin.kiosk.vision.opencv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opencheckin.kiosk.vision.FaceDecision;
import org.opencheckin.kiosk.vision.FaceScore;
import org.opencheckin.kiosk.vision.eval.FaceEvaluation;
import org.opencheckin.kiosk.vision.eval.LabelledPhotos;
import org.opencheckin.kiosk.vision.eval.VerificationMetrics;
import org.junit.jupiter.api.Test;
import org.opencv.core.Mat;

/** Face verification quality on the real photos of {@code shared/faces/dev} (52 photos, 13 people). */
class FaceVerificationTest {

    @Test
    void devSetReachesAucAndEerTargets() throws Exception {
        OpenCvFaceVerifier verifier = new OpenCvFaceVerifier(FaceFixtures.pipeline());
        LabelledPhotos photos = FaceFixtures.devPhotos();

        FaceEvaluation.Result result = FaceEvaluation.run(photos,
                photo -> verifier.embedding(LabelledPhotos.bytes(photo)),
                OpenCvFaceVerifier::similarity, verifier.threshold());

        VerificationMetrics m = result.metrics();
        assertThat(result.pairs()).isEqualTo(52 * 51 / 2);
        assertThat(m.rocAuc()).isGreaterThanOrEqualTo(0.99);
        assertThat(m.eer()).isLessThanOrEqualTo(0.02);
        assertThat(m.farAtThreshold()).as("false accepts at the configured threshold").isLessThanOrEqualTo(0.001);
        assertThat(m.frrAtThreshold()).as("false rejects at the configured threshold").isLessThanOrEqualTo(0.02);
    }

    @Test
    void degradedIdCardPortraitStillVerifiesItsOwner() throws Exception {
        FacePipeline pipeline = FaceFixtures.pipeline();
        OpenCvFaceVerifier verifier = new OpenCvFaceVerifier(pipeline);
        List<LabelledPhotos.Photo> photos = FaceFixtures.devPhotos().photos();

        List<float[]> live = new ArrayList<>();
        for (LabelledPhotos.Photo photo : photos) {
            live.add(verifier.embedding(LabelledPhotos.bytes(photo)).orElse(null));
        }
        int genuine = 0;
        int genuineAccepted = 0;
        int impostor = 0;
        int impostorAccepted = 0;
        int portraits = 0;
        List<Double> genuineScores = new ArrayList<>();
        double minGenuine = 1;
        double maxImpostor = -1;
        for (int p = 0; p < photos.size(); p++) {
            Mat photo = FaceFixtures.read(photos.get(p).file());
            byte[] portraitJpeg = FaceFixtures.idCardPortrait(photo);
            photo.release();
            if (portraitJpeg == null) {
                continue;
            }
            portraits++;
            Optional<float[]> portrait = verifier.embedding(portraitJpeg);
            for (int l = 0; l < photos.size(); l++) {
                if (l == p) {
                    continue;
                }
                boolean same = photos.get(l).identity().equals(photos.get(p).identity());
                double score = portrait.isEmpty() || live.get(l) == null ? -1
                        : OpenCvFaceVerifier.similarity(portrait.get(), live.get(l));
                boolean accepted = score >= verifier.threshold();
                if (same) {
                    genuineScores.add(score);
                    genuine++;
                    genuineAccepted += accepted ? 1 : 0;
                    minGenuine = Math.min(minGenuine, score);
                } else {
                    impostor++;
                    impostorAccepted += accepted ? 1 : 0;
                    maxImpostor = Math.max(maxImpostor, score);
                }
            }
        }
        System.out.printf("portraits=%d genuine=%d/%d impostor=%d/%d minGenuine=%.3f maxImpostor=%.3f"
                        + " genuineBelow0.45=%d genuineBelow0.50=%d%n",
                portraits, genuineAccepted, genuine, impostorAccepted, impostor, minGenuine, maxImpostor,
                genuineScores.stream().filter(x -> x < 0.45).count(), genuineScores.stream().filter(x -> x < 0.5).count());
        assertThat(portraits).as("portraits made from the 52 photos").isGreaterThanOrEqualTo(50);
        assertThat((double) genuineAccepted / genuine).as("owner verified").isGreaterThanOrEqualTo(0.95);
        assertThat((double) impostorAccepted / impostor).as("false accepts").isLessThanOrEqualTo(0.001);
    }

    @Test
    void verifyReportsScoreDecisionAndTimings() throws Exception {
        OpenCvFaceVerifier verifier = new OpenCvFaceVerifier(FaceFixtures.pipeline());
        List<LabelledPhotos.Photo> photos = FaceFixtures.devPhotos().photos();
        byte[] obama = Files.readAllBytes(photos.get(0).file());
        byte[] obama2 = Files.readAllBytes(photos.get(1).file());
        byte[] biden = Files.readAllBytes(photos.stream().filter(p -> p.identity().equals("biden")).findFirst()
                .orElseThrow().file());

        FaceScore same = verifier.verify(obama, obama2);
        FaceScore other = verifier.verify(obama, biden);

        assertThat(same.decision()).isEqualTo(FaceDecision.MATCH);
        assertThat(same.score()).isGreaterThanOrEqualTo(verifier.threshold());
        assertThat(other.decision()).isEqualTo(FaceDecision.NO_MATCH);
        assertThat(other.score()).isLessThan(verifier.threshold());
        assertThat(same.modelId()).startsWith("fr_feature.onnx@87aacdfe");
        assertThat(same.timings().totalMs()).isPositive();
        assertThat(same.timings().embedMs()).isPositive();
    }

    @Test
    void faceLessOrBrokenImagesAreReportedNotThrown() throws Exception {
        OpenCvFaceVerifier verifier = new OpenCvFaceVerifier(FaceFixtures.pipeline());
        byte[] face = Files.readAllBytes(FaceFixtures.devPhotos().photos().get(0).file());
        byte[] blank = FaceFixtures.jpeg(new Mat(480, 640, org.opencv.core.CvType.CV_8UC3,
                new org.opencv.core.Scalar(90, 120, 150)), 90);

        assertThat(verifier.verify(blank, face).decision()).isEqualTo(FaceDecision.NO_FACE_IN_PORTRAIT);
        assertThat(verifier.verify(face, blank).decision()).isEqualTo(FaceDecision.NO_FACE_IN_LIVE_FRAME);
        assertThat(verifier.verify(new byte[] {1, 2, 3}, face).decision()).isEqualTo(FaceDecision.NO_FACE_IN_PORTRAIT);
        assertThat(verifier.verify(face, new byte[0]).decision()).isEqualTo(FaceDecision.NO_FACE_IN_LIVE_FRAME);
    }
}
