package org.opencheckin.kiosk.vision.opencv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencheckin.kiosk.vision.CameraException;
import org.opencheckin.kiosk.vision.CameraSource;
import org.opencheckin.kiosk.vision.Frame;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.videoio.VideoWriter;

/** The camera on file sources (no device on a build machine): an image sequence and an MJPEG .avi. */
class OpenCvCameraTest {

    /** A plain frame whose colour encodes its number, so the order read back can be checked. */
    private static Mat numbered(int n) {
        return new Mat(120, 160, CvType.CV_8UC3, new Scalar(20 * n, 100, 200 - 20 * n));
    }

    private static double blue(Frame frame) {
        Mat m = FacePipeline.decode(frame.image()).orElseThrow();
        double b = Core.mean(m).val[0];
        m.release();
        return b;
    }

    @Test
    void readsAnImageSequenceInOrderAsJpegFrames(@TempDir Path dir) throws Exception {
        OpenCvNatives.load();
        for (int i = 0; i < 3; i++) {
            Imgcodecs.imwrite(dir.resolve(String.format("frame_%03d.png", i)).toString(), numbered(i));
        }
        try (OpenCvCamera camera = new OpenCvCamera(
                CameraSource.parse(dir.resolve("frame_%03d.png").toString(), 0, 0), 90, false)) {
            camera.open();
            assertThat(camera.isOpen()).isTrue();
            for (int i = 0; i < 3; i++) {
                Frame frame = camera.grab().orElseThrow();
                assertThat(frame.image()[0] & 0xff).isEqualTo(0xff); // JPEG SOI
                assertThat(frame.image()[1] & 0xff).isEqualTo(0xd8);
                assertThat(blue(frame)).isCloseTo(20.0 * i, org.assertj.core.api.Assertions.within(3.0));
            }
            assertThat(camera.grab()).isEmpty();
        }
    }

    @Test
    void loopsAFileSourceWhenAsked(@TempDir Path dir) throws Exception {
        OpenCvNatives.load();
        for (int i = 0; i < 2; i++) {
            Imgcodecs.imwrite(dir.resolve(String.format("f%02d.png", i)).toString(), numbered(i));
        }
        try (OpenCvCamera camera = new OpenCvCamera(
                CameraSource.parse(dir.resolve("f%02d.png").toString(), 0, 0), 90, true)) {
            camera.open();
            for (int i = 0; i < 5; i++) {
                Optional<Frame> frame = camera.grab();
                assertThat(frame).as("frame " + i).isPresent();
                assertThat(blue(frame.get())).isCloseTo(20.0 * (i % 2), org.assertj.core.api.Assertions.within(3.0));
            }
        }
    }

    @Test
    void readsAnMjpegAvi(@TempDir Path dir) throws Exception {
        OpenCvNatives.load();
        Path avi = dir.resolve("clip.avi");
        VideoWriter writer = new VideoWriter(avi.toString(), VideoWriter.fourcc('M', 'J', 'P', 'G'), 10,
                new Size(160, 120), true);
        assertThat(writer.isOpened()).isTrue();
        for (int i = 0; i < 4; i++) {
            writer.write(numbered(i));
        }
        writer.release();

        try (OpenCvCamera camera = new OpenCvCamera(CameraSource.parse(avi.toString(), 0, 0), 90, false)) {
            camera.open();
            int frames = 0;
            for (Optional<Frame> f = camera.grab(); f.isPresent(); f = camera.grab()) {
                assertThat(blue(f.get())).isCloseTo(20.0 * frames, org.assertj.core.api.Assertions.within(4.0));
                frames++;
            }
            assertThat(frames).isEqualTo(4);
        }
    }

    @Test
    void aMissingSourceSaysWhichAndWhy(@TempDir Path dir) {
        OpenCvCamera missing = new OpenCvCamera(CameraSource.parse(dir.resolve("none_%03d.jpg").toString(), 0, 0),
                90, false);
        OpenCvCamera device = new OpenCvCamera(CameraSource.parse("57", 640, 480), 90, false);

        assertThatThrownBy(missing::open).isInstanceOf(CameraException.class).hasMessageContaining("none_%03d.jpg");
        assertThatThrownBy(device::open).isInstanceOf(CameraException.class)
                .hasMessageContaining("camera device 57").hasMessageContaining("/dev/video57");
        assertThatThrownBy(device::grab).isInstanceOf(CameraException.class).hasMessageContaining("not open");
        device.close();
        device.close();
    }

    @Test
    void sourcesParseAsDeviceIndexOrLocation() {
        assertThat(CameraSource.parse(" 0 ", 640, 480).isDevice()).isTrue();
        assertThat(CameraSource.parse("2", 0, 0).deviceIndex()).isEqualTo(2);
        CameraSource file = CameraSource.parse("/var/lib/kiosk/frames/img_%03d.jpg", 0, 0);
        assertThat(file.isDevice()).isFalse();
        assertThat(file.location()).isEqualTo("/var/lib/kiosk/frames/img_%03d.jpg");
        assertThatThrownBy(() -> CameraSource.parse(" ", 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
