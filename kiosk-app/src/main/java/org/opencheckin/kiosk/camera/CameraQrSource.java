package org.opencheckin.kiosk.camera;

import jakarta.inject.Singleton;
import org.opencheckin.kiosk.vision.Frame;
import org.opencheckin.kiosk.vision.QrCodeScanner;

import java.util.Optional;

/** Scans the camera feed's latest frame with the vision package's QR scanner, when one is configured. */
@Singleton
public class CameraQrSource implements QrSource {

    private final CameraFeed feed;
    private final Optional<QrCodeScanner> scanner;
    private Frame lastScanned;

    public CameraQrSource(CameraFeed feed, Optional<QrCodeScanner> scanner) {
        this.feed = feed;
        this.scanner = scanner;
    }

    @Override
    public Optional<String> scan() {
        if (scanner.isEmpty()) {
            return Optional.empty();
        }
        Optional<Frame> frame = feed.latest();
        if (frame.isEmpty() || frame.get() == lastScanned) {
            return Optional.empty();
        }
        lastScanned = frame.get();
        return scanner.get().scan(frame.get());
    }
}
