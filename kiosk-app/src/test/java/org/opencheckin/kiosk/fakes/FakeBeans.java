package org.opencheckin.kiosk.fakes;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.opencheckin.kiosk.backend.HttpKioskBackend;
import org.opencheckin.kiosk.identity.VisionFaceCheck;
import org.opencheckin.kiosk.vision.Camera;

/**
 * The kiosk app with an in-memory backend (environment {@code fake-backend}) and a scripted face step with a
 * drawn camera (environment {@code fake-face}); devices are the app's own {@code kiosk.devices.mode: fake}.
 */
@Factory
@Requires(env = FakeBeans.ENV)
public class FakeBeans {

    public static final String ENV = "fake-backend";
    public static final String FACE_ENV = "fake-face";

    @Singleton
    @Replaces(HttpKioskBackend.class)
    FakeBackend backend() {
        return new FakeBackend();
    }

    /** The scripted face step and the drawn camera, also usable alone against a real backend. */
    @Factory
    @Requires(env = FakeBeans.FACE_ENV)
    public static class Face {

        @Singleton
        @Replaces(VisionFaceCheck.class)
        FakeFaceCheck faceCheck() {
            return new FakeFaceCheck();
        }

        @Singleton
        Camera camera() {
            return new FakeCamera();
        }
    }
}
