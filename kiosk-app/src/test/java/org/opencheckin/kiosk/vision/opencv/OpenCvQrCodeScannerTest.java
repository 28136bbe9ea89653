package org.opencheckin.kiosk.vision.opencv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opencheckin.kiosk.vision.Frame;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Point;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;
import org.opencv.objdetect.QRCodeEncoder;

/** QR codes generated here with OpenCV's encoder, shown in a camera-like frame, decoded by the scanner. */
class OpenCvQrCodeScannerTest {

    private final OpenCvQrCodeScanner scanner = new OpenCvQrCodeScanner();

    /** The code with a 4-module quiet zone, 6 px per module, pasted into a grey 640x480 frame, maybe rotated. */
    private static Mat frameWithQr(String text, double rotateDegrees) {
        Mat modules = new Mat();
        QRCodeEncoder.create().encode(text, modules);
        Mat quiet = new Mat();
        Core.copyMakeBorder(modules, quiet, 4, 4, 4, 4, Core.BORDER_CONSTANT, new Scalar(255));
        Mat big = new Mat();
        Imgproc.resize(quiet, big, new Size(quiet.cols() * 6, quiet.rows() * 6), 0, 0, Imgproc.INTER_NEAREST);
        Mat colour = new Mat();
        Imgproc.cvtColor(big, colour, Imgproc.COLOR_GRAY2BGR);
        Mat frame = new Mat(480, 640, CvType.CV_8UC3, new Scalar(90, 110, 130));
        colour.copyTo(new Mat(frame, new Rect((640 - colour.cols()) / 2, (480 - colour.rows()) / 2,
                colour.cols(), colour.rows())));
        if (rotateDegrees != 0) {
            Mat r = Imgproc.getRotationMatrix2D(new Point(320, 240), rotateDegrees, 1.0);
            Mat rotated = new Mat();
            Imgproc.warpAffine(frame, rotated, r, frame.size(), Imgproc.INTER_LINEAR, Core.BORDER_CONSTANT,
                    new Scalar(90, 110, 130));
            return rotated;
        }
        return frame;
    }

    @Test
    void decodesABookingCodeInACameraFrame() {
        Frame frame = Frame.of(FaceFixtures.jpeg(frameWithQr("OCI1:CONF-7Q4K2M", 0), 85));

        assertThat(scanner.scan(frame)).contains("OCI1:CONF-7Q4K2M");
    }

    @Test
    void decodesATiltedCode() {
        Frame frame = Frame.of(FaceFixtures.jpeg(frameWithQr("OCI1:CONF-ZX81", 17), 85));

        assertThat(scanner.scan(frame)).contains("OCI1:CONF-ZX81");
    }

    @Test
    void aFrameWithoutACodeGivesNothing() {
        Mat plain = new Mat(480, 640, CvType.CV_8UC3, new Scalar(90, 110, 130));
        Imgproc.rectangle(plain, new Point(200, 150), new Point(400, 330), new Scalar(20, 20, 20), -1);

        assertThat(scanner.scan(Frame.of(FaceFixtures.jpeg(plain, 85)))).isEmpty();
        assertThat(scanner.scan(Frame.of(new byte[] {1, 2, 3}))).isEmpty();
    }
}
