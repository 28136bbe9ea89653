package org.opencheckin.kiosk.fakes;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.opencheckin.kiosk.backend.HttpKioskBackend;
import org.opencheckin.kiosk.identity.VisionFaceCheck;
import org.opencheckin.kiosk.vision.Camera;

/**
 * The whole kiosk app with an in-memory backend, a scripted face step and a drawn camera: the environment
 * {@code fake-backend} switches them in (devices are the app's own {@code kiosk.devices.mode: fake}).
 */
@Factory
@Requires(env = FakeBeans.ENV)
public class FakeBeans {

    public static final String ENV = "fake-backend";

    @Singleton
    @Replaces(HttpKioskBackend.class)
    FakeBackend backend() {
        return new FakeBackend();
    }

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
