package org.opencheckin.kiosk.vision.config;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.opencheckin.kiosk.vision.Camera;
import org.opencheckin.kiosk.vision.CameraSource;
import org.opencheckin.kiosk.vision.FaceVerifier;
import org.opencheckin.kiosk.vision.LiveFaceCheck;
import org.opencheckin.kiosk.vision.LivenessCheck;
import org.opencheckin.kiosk.vision.ModelStatus;
import org.opencheckin.kiosk.vision.QrCodeScanner;
import org.opencheckin.kiosk.vision.VisionModels;
import org.opencheckin.kiosk.vision.opencv.HeadTurnLivenessCheck;
import org.opencheckin.kiosk.vision.opencv.OpenCvCamera;
import org.opencheckin.kiosk.vision.opencv.OpenCvFaceVerifier;
import org.opencheckin.kiosk.vision.opencv.OpenCvLiveFaceCheck;
import org.opencheckin.kiosk.vision.opencv.OpenCvQrCodeScanner;
import org.opencheckin.kiosk.vision.opencv.OpenCvVisionModels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Micronaut beans of the vision package. The face beans always exist: with the models missing
 * they answer UNAVAILABLE and {@link VisionModels} says why (logged once at start-up, at WARN). The camera bean exists only when {@code kiosk.vision.camera.source} is set.
 */
@Factory
public class VisionFactory {

    private static final Logger LOG = LoggerFactory.getLogger(VisionFactory.class);

    /** Eager, so the models load (and a missing model is logged) at start-up, not for the first guest. */
    @Context
    OpenCvVisionModels visionModels(VisionConfiguration config) {
        OpenCvVisionModels models = new OpenCvVisionModels(config.faceModelSettings());
        ModelStatus status = models.status();
        if (status.faceVerification()) {
            LOG.info("Face verification {}", status.reason());
        } else {
            LOG.warn("Face verification unavailable, identity checks go to staff: {}", status.reason());
        }
        return models;
    }

    @Singleton
    FaceVerifier faceVerifier(OpenCvVisionModels models) {
        return models.pipeline().<FaceVerifier>map(OpenCvFaceVerifier::new)
                .orElseGet(() -> Unavailable.verifier(models.status().reason()));
    }

    @Singleton
    LiveFaceCheck liveFaceCheck(OpenCvVisionModels models, VisionConfiguration config) {
        return models.pipeline().<LiveFaceCheck>map(p -> new OpenCvLiveFaceCheck(p, config.qualitySettings()))
                .orElseGet(Unavailable::quality);
    }

    @Singleton
    LivenessCheck livenessCheck(OpenCvVisionModels models, VisionConfiguration config) {
        return models.pipeline().<LivenessCheck>map(p -> new HeadTurnLivenessCheck(p, config.livenessSettings()))
                .orElseGet(() -> Unavailable.liveness(models.status().reason()));
    }

    @Singleton
    QrCodeScanner qrCodeScanner() {
        try {
            return new OpenCvQrCodeScanner();
        } catch (IllegalStateException e) {
            LOG.warn("QR code scanning unavailable: {}", e.getMessage());
            return frame -> java.util.Optional.empty();
        }
    }

    /** One camera; its owner (the capture loop) opens and closes it. File sources loop at their end. */
    @Requires(property = "kiosk.vision.camera.source")
    @Singleton
    Camera camera(@Value("${kiosk.vision.camera.source}") String source,
                  @Value("${kiosk.vision.camera.width:640}") int width,
                  @Value("${kiosk.vision.camera.height:480}") int height,
                  @Value("${kiosk.vision.camera.jpeg-quality:80}") int jpegQuality) {
        return new OpenCvCamera(CameraSource.parse(source, width, height), jpegQuality, true);
    }
}
