package org.opencheckin.kiosk;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Small shared beans. */
@Factory
class KioskBeans {

    @Singleton
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
