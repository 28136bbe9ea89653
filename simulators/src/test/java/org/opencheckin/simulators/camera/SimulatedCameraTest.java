package org.opencheckin.simulators.camera;

import nu.pattern.OpenCV;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencheckin.simulators.guest.FaceLibrary;
import org.opencheckin.simulators.guest.GuestRoster;
import org.opencheckin.simulators.testing.SharedFaces;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.videoio.VideoCapture;
import org.opencv.videoio.Videoio;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The kiosk's way in: OpenCV's own VideoCapture on the image-sequence pattern. */
class SimulatedCameraTest {

    @TempDir
    Path dir;

    private final GuestRoster roster = GuestRoster.bundled();

    @BeforeAll
    static void loadOpenCv() {
        OpenCV.loadLocally();
    }

    private static List<Mat> readAll(Path pattern) {
        VideoCapture capture = new VideoCapture(pattern.toString(), Videoio.CAP_IMAGES);
        assertThat(capture.isOpened()).as("VideoCapture opens " + pattern).isTrue();
        List<Mat> frames = new ArrayList<>();
        Mat frame = new Mat();
        while (capture.read(frame) && frames.size() < 100) {
            frames.add(frame.clone());
        }
        capture.release();
        return frames;
    }

    private static double meanAbsDiff(Mat a, Mat b) {
        Mat diff = new Mat();
        Core.absdiff(a, b, diff);
        double[] mean = Core.mean(diff).val;
        return (mean[0] + mean[1] + mean[2]) / 3;
    }

    @Test
    void anEmptyLobbyNeedsNoFacePhotos() throws Exception {
        SimulatedCamera camera = new SimulatedCamera(dir, FaceLibrary.empty(), roster, 12);
        assertThat(camera.show(CameraScene.NOBODY, null)).isTrue();
        List<Mat> frames = readAll(camera.capturePattern());
        assertThat(frames).hasSize(12);
        assertThat(frames.get(0).cols()).isEqualTo(640);
        assertThat(frames.get(0).rows()).isEqualTo(480);
        assertThat(camera.show(CameraScene.GUEST, roster.get("zhang-wei"))).as("no photos: lobby instead").isFalse();
        assertThat(readAll(camera.capturePattern())).hasSize(12);
    }

    @Test
    void guestMovesPrintedPhotoStaysStillAndScenesSwitchAtRunTime() throws Exception {
        SimulatedCamera camera = new SimulatedCamera(dir, SharedFaces.require(), roster, 20);
        assertThat(camera.show(CameraScene.GUEST, roster.get("zhang-wei"))).isTrue();
        List<Mat> guest = readAll(camera.capturePattern());
        assertThat(guest).hasSize(20);
        assertThat(meanAbsDiff(guest.get(0), guest.get(1))).as("a live guest moves").isGreaterThan(1.0);

        assertThat(camera.show(CameraScene.PRINTED_PHOTO, roster.get("zhang-wei"))).isTrue();
        List<Mat> photo = readAll(camera.capturePattern());
        assertThat(photo).hasSize(20);
        assertThat(meanAbsDiff(photo.get(0), photo.get(19))).as("a printed photo does not move").isLessThan(0.01);

        assertThat(camera.show(CameraScene.IMPOSTOR, roster.get("impostor-zhang-wei"))).isTrue();
        List<Mat> impostor = readAll(camera.capturePattern());
        assertThat(meanAbsDiff(impostor.get(0), guest.get(0))).as("someone else").isGreaterThan(5.0);
    }
}
