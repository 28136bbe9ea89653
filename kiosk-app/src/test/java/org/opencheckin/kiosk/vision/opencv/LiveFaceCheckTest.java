package org.opencheckin.kiosk.vision.opencv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencheckin.kiosk.vision.FaceQuality;
import org.opencheckin.kiosk.vision.Frame;
import org.opencheckin.kiosk.vision.Guidance;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * The quality gate on camera-like 640x480 frames built in memory from the shared dev photos
 * ({@link FaceFixtures#kioskFrame}): each guidance code for the situation it is meant for.
 */
class LiveFaceCheckTest {

    private static OpenCvLiveFaceCheck gate;
    private static Mat frontal;

    @BeforeAll
    static void setUp() throws Exception {
        gate = new OpenCvLiveFaceCheck(FaceFixtures.pipeline(), QualitySettings.defaults());
        frontal = FaceFixtures.kioskFrame("examples_obama.jpg");
    }

    private static FaceQuality check(Mat image) {
        return gate.check(Frame.of(FaceFixtures.jpeg(image, 90)));
    }

    @Test
    void aFrontalSharpWellLitFaceIsOk() {
        FaceQuality q = check(frontal);

        assertThat(q.guidance()).isEqualTo(Guidance.OK);
        assertThat(q.faceCount()).isEqualTo(1);
        assertThat(q.face()).isPresent();
        assertThat(q.face().get().width()).isBetween(150.0, 280.0);
        assertThat(q.sharpness()).isGreaterThan(QualitySettings.defaults().minSharpness());
        assertThat(q.frameWidth()).isEqualTo(640);
    }

    @Test
    void aFaceOfAnotherPersonIsOkToo() throws Exception {
        assertThat(check(FaceFixtures.kioskFrame("deepface_img1.jpg")).guidance()).isEqualTo(Guidance.OK);
    }

    @Test
    void anEmptySceneHasNoFace() {
        Mat wall = new Mat(480, 640, CvType.CV_8UC3, new Scalar(110, 130, 150));
        Imgproc.rectangle(wall, new org.opencv.core.Point(100, 100), new org.opencv.core.Point(300, 400),
                new Scalar(40, 60, 80), -1);

        FaceQuality q = check(wall);

        assertThat(q.guidance()).isEqualTo(Guidance.NO_FACE);
        assertThat(q.faceCount()).isZero();
        assertThat(q.face()).isEmpty();
    }

    @Test
    void twoPeopleSideBySideAreAskedForOnePersonOnly() throws Exception {
        Mat other = FaceFixtures.kioskFrame("deepface_img1.jpg");
        Mat both = new Mat();
        Core.hconcat(java.util.List.of(frontal, other), both);
        Mat frame = new Mat();
        Imgproc.resize(both, frame, new Size(960, 360));

        FaceQuality q = check(frame);

        assertThat(q.guidance()).isEqualTo(Guidance.ONE_PERSON_ONLY);
        assertThat(q.faceCount()).isEqualTo(2);
    }

    @Test
    void aFarAwayFaceIsAskedToComeCloser() {
        Mat canvas = new Mat(480, 640, CvType.CV_8UC3, new Scalar(128, 128, 128));
        Mat small = new Mat();
        Imgproc.resize(frontal, small, new Size(192, 144), 0, 0, Imgproc.INTER_AREA);
        small.copyTo(new Mat(canvas, new Rect(224, 168, 192, 144)));

        FaceQuality q = check(canvas);

        assertThat(q.guidance()).isEqualTo(Guidance.MOVE_CLOSER);
        assertThat(q.face().orElseThrow().width()).isLessThan(0.15 * 640);
    }

    @Test
    void aBlurredFaceIsAskedToHoldStill() {
        Mat blurred = new Mat();
        Imgproc.GaussianBlur(frontal, blurred, new Size(0, 0), 5);

        FaceQuality q = check(blurred);

        assertThat(q.guidance()).isEqualTo(Guidance.HOLD_STILL);
        assertThat(q.sharpness()).isLessThan(QualitySettings.defaults().minSharpness());
    }

    @Test
    void aTurnedHeadIsAskedToLookAtTheCamera() throws Exception {
        FaceQuality q = check(FaceFixtures.kioskFrame("examples_knn_examples_test_obama1.jpg"));

        assertThat(q.guidance()).isEqualTo(Guidance.LOOK_AT_CAMERA);
        assertThat(Math.abs(q.yawRatio())).isGreaterThan(QualitySettings.defaults().maxYaw());
    }

    @Test
    void aFaceAtTheEdgeIsAskedToMoveToTheMiddle() {
        Mat shifted = new Mat(480, 640, CvType.CV_8UC3, new Scalar(128, 128, 128));
        new Mat(frontal, new Rect(0, 0, 400, 480)).copyTo(new Mat(shifted, new Rect(240, 0, 400, 480)));

        FaceQuality q = check(shifted);

        assertThat(q.guidance()).isEqualTo(Guidance.CENTER_FACE);
    }

    @Test
    void aDarkFrameAsksForBetterLight() {
        Mat dark = new Mat();
        frontal.convertTo(dark, -1, 0.25, 0);

        assertThat(check(dark).guidance()).isEqualTo(Guidance.BETTER_LIGHT);
    }

    @Test
    void undecodableBytesGiveNoFace() {
        assertThat(gate.check(Frame.of(new byte[] {0x12, 0x34})).guidance()).isEqualTo(Guidance.NO_FACE);
    }
}
