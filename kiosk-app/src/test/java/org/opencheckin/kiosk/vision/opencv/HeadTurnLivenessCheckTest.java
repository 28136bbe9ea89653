package org.opencheckin.kiosk.vision.opencv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencheckin.kiosk.vision.Frame;
import org.opencheckin.kiosk.vision.Guidance;
import org.opencheckin.kiosk.vision.LivenessResult;
import org.opencheckin.kiosk.vision.LivenessVerdict;
import org.opencv.core.Mat;

/**
 * The head-turn check measures how far the nose moves, in the affine frame of eyes and mouth, to
 * both sides of a frontal frame. A real head turn is simulated honestly with different photos of
 * the same man in different head poses (frontal, turned one way, turned the other way), which is
 * exactly the quantity the check measures. Attacks are simulated by showing one genuine photo
 * still, moved, rotated, sheared and turned in perspective in front of the camera.
 */
class HeadTurnLivenessCheckTest {

    private static HeadTurnLivenessCheck check;
    private static Mat frontal;
    private static Mat turnedOneWay;
    private static Mat turnedOtherWay;

    @BeforeAll
    static void setUp() throws Exception {
        check = new HeadTurnLivenessCheck(FaceFixtures.pipeline(), LivenessSettings.defaults());
        frontal = FaceFixtures.kioskFrame("examples_obama.jpg");
        turnedOneWay = FaceFixtures.kioskFrame("examples_obama2.jpg");
        turnedOtherWay = FaceFixtures.kioskFrame("examples_knn_examples_test_obama1.jpg");
    }

    private static List<Frame> frames(List<Mat> images) {
        List<Frame> frames = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            frames.add(FaceFixtures.frame(images.get(i), 200 * i));
        }
        return frames;
    }

    @Test
    void asksForAHeadTurn() {
        assertThat(check.challenge()).isEqualTo(Guidance.TURN_HEAD);
    }

    @Test
    void aStillPhotoHeldToTheCameraIsRefused() {
        List<Mat> images = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            images.add(FaceFixtures.affine(frontal, 0, 1.0, 0)); // same picture, re-encoded each frame
        }

        LivenessResult result = check.evaluate(frames(images));

        assertThat(result.verdict()).isEqualTo(LivenessVerdict.NOT_LIVE);
        assertThat(result.isLive()).isFalse();
        assertThat(result.usedFrames()).isEqualTo(10);
        assertThat(result.score()).isLessThan(0.5);
        assertThat(result.reason()).contains("did not turn");
    }

    @Test
    void aPhotoMovedRotatedAndShearedIsRefused() {
        List<Mat> images = new ArrayList<>();
        images.add(frontal);
        images.add(FaceFixtures.affine(frontal, 12, 1.0, 0));
        images.add(FaceFixtures.affine(frontal, -12, 1.0, 0));
        images.add(FaceFixtures.affine(frontal, 0, 0.6, 0));
        images.add(FaceFixtures.affine(frontal, 0, 0.75, 0.2));
        images.add(FaceFixtures.affine(frontal, 5, 0.8, -0.2));

        LivenessResult result = check.evaluate(frames(images));

        assertThat(result.verdict()).isEqualTo(LivenessVerdict.NOT_LIVE);
        assertThat(result.reason()).contains("did not turn both ways");
        assertThat(result.usedFrames()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void aPhotoTurnedLeftAndRightInFrontOfTheCameraIsRefused() throws Exception {
        for (Mat photo : List.of(frontal, FaceFixtures.kioskFrame("deepface_img1.jpg"))) {
            // Strong perspective: at distance 640 the photo is as wide as its distance to the camera.
            for (double distance : new double[] {640, 1280}) {
                List<Mat> images = new ArrayList<>();
                for (double degrees : new double[] {0, -20, -40, -20, 0, 20, 40, 20, 0}) {
                    images.add(FaceFixtures.turnedPhoto(photo, degrees, distance));
                }

                LivenessResult result = check.evaluate(frames(images));
                System.out.println("turned photo, distance " + distance + ": " + result.reason());

                assertThat(result.verdict()).as("distance " + distance).isEqualTo(LivenessVerdict.NOT_LIVE);
                assertThat(result.reason()).contains("did not turn both ways");
                assertThat(result.usedFrames()).isGreaterThanOrEqualTo(7);
            }
        }
    }

    @Test
    void aRealHeadTurnBothWaysPasses() {
        List<Frame> frames = frames(List.of(frontal, turnedOneWay, frontal, turnedOtherWay, frontal));

        LivenessResult result = check.evaluate(frames);

        assertThat(result.verdict()).as(result.reason()).isEqualTo(LivenessVerdict.LIVE);
        assertThat(result.score()).isEqualTo(1.0);
        assertThat(result.usedFrames()).isEqualTo(5);
        assertThat(result.frontalFrameIndex()).isIn(0, 2, 4);
    }

    @Test
    void aGrowingWindowIsReEvaluatedFromTheSameFrames() {
        List<Frame> all = frames(List.of(frontal, turnedOneWay, frontal, turnedOtherWay, frontal));

        assertThat(check.evaluate(all.subList(0, 2)).verdict()).isEqualTo(LivenessVerdict.INSUFFICIENT_FRAMES);
        assertThat(check.evaluate(all.subList(0, 3)).verdict()).isEqualTo(LivenessVerdict.NOT_LIVE);
        assertThat(check.evaluate(all.subList(0, 4)).verdict()).isEqualTo(LivenessVerdict.LIVE);
        assertThat(check.evaluate(all).verdict()).isEqualTo(LivenessVerdict.LIVE);
        assertThat(check.evaluate(all.subList(0, 3)).verdict()).isEqualTo(LivenessVerdict.NOT_LIVE);
    }

    @Test
    void aTurnToOneSideOnlyIsNotEnough() {
        LivenessResult result = check.evaluate(frames(List.of(frontal, turnedOneWay, frontal, turnedOneWay)));

        assertThat(result.verdict()).isEqualTo(LivenessVerdict.NOT_LIVE);
        assertThat(result.reason()).contains("did not turn both ways");
    }

    @Test
    void turningHeadsOfDifferentPeopleAreRefused() throws Exception {
        // Someone else's head does the turning while the frontal frame shows the document holder.
        Mat otherOneWay = FaceFixtures.kioskFrame("examples_knn_examples_train_kit_harington_john2.jpeg");
        Mat otherOtherWay = FaceFixtures.kioskFrame("examples_knn_examples_test_johnsnow_test1.jpg");

        LivenessResult result = check.evaluate(frames(List.of(frontal, otherOneWay, otherOtherWay)));

        assertThat(result.verdict()).isEqualTo(LivenessVerdict.NOT_LIVE);
        assertThat(result.reason()).contains("different face");
    }

    @Test
    void tooFewFramesWithAFaceAreNotDecided() {
        Mat empty = new Mat(480, 640, org.opencv.core.CvType.CV_8UC3, new org.opencv.core.Scalar(120, 120, 120));

        assertThat(check.evaluate(List.of()).verdict()).isEqualTo(LivenessVerdict.INSUFFICIENT_FRAMES);
        assertThat(check.evaluate(frames(List.of(frontal, empty, turnedOneWay, empty))).verdict())
                .isEqualTo(LivenessVerdict.INSUFFICIENT_FRAMES);
    }

    @Test
    void onlyTheLastFewSecondsCountAsOneGesture() {
        // The same turn, but spread over 20 s: the frames older than 8 s before the newest are ignored.
        List<Frame> slow = List.of(FaceFixtures.frame(frontal, 0), FaceFixtures.frame(turnedOneWay, 6_000),
                FaceFixtures.frame(frontal, 12_000), FaceFixtures.frame(turnedOtherWay, 18_000),
                FaceFixtures.frame(frontal, 20_000));
        List<Frame> quick = List.of(FaceFixtures.frame(frontal, 0), FaceFixtures.frame(turnedOneWay, 1_000),
                FaceFixtures.frame(frontal, 2_000), FaceFixtures.frame(turnedOtherWay, 3_000),
                FaceFixtures.frame(frontal, 4_000));

        LivenessResult slowResult = check.evaluate(slow);
        LivenessResult quickResult = check.evaluate(quick);

        // Left within the window: frontal (12 s), turned the other way (18 s), frontal (20 s).
        assertThat(slowResult.verdict()).isEqualTo(LivenessVerdict.NOT_LIVE);
        assertThat(slowResult.usedFrames()).isEqualTo(3);
        assertThat(slowResult.reason()).contains("did not turn both ways");
        assertThat(check.evaluate(List.of(FaceFixtures.frame(frontal, 0), FaceFixtures.frame(turnedOneWay, 1_000),
                FaceFixtures.frame(turnedOtherWay, 20_000))).reason()).contains("in the last 8000 ms");
        assertThat(quickResult.verdict()).isEqualTo(LivenessVerdict.LIVE);
    }
}
