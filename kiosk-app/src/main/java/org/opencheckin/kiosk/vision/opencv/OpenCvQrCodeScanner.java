package org.opencheckin.kiosk.vision.opencv;

import java.util.Optional;
import org.opencheckin.kiosk.vision.Frame;
import org.opencheckin.kiosk.vision.QrCodeScanner;
import org.opencv.core.Mat;
import org.opencv.objdetect.QRCodeDetector;

/**
 * {@link QrCodeScanner} on OpenCV's {@link QRCodeDetector}. Needs only the native library, no model
 * files. Thread-safe: calls are serialised on the detector.
 */
public final class OpenCvQrCodeScanner implements QrCodeScanner {

    private final QRCodeDetector detector;

    public OpenCvQrCodeScanner() {
        OpenCvNatives.load();
        this.detector = new QRCodeDetector();
    }

    @Override
    public Optional<String> scan(Frame frame) {
        Optional<Mat> decoded = FacePipeline.decode(frame.image());
        if (decoded.isEmpty()) {
            return Optional.empty();
        }
        Mat image = decoded.get();
        try {
            String text;
            synchronized (detector) {
                text = detector.detectAndDecode(image);
            }
            return text == null || text.isEmpty() ? Optional.empty() : Optional.of(text);
        } finally {
            image.release();
        }
    }
}
