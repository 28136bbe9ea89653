package org.opencheckin.kiosk.ui;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Singleton;

/**
 * The screens' texts: {@code i18n/messages*.properties} (English base bundle, Simplified Chinese, Japanese,
 * Korean).
 */
@Factory
class UiBeans {

    @Singleton
    MessageSource kioskMessages() {
        return new ResourceBundleMessageSource("i18n.messages");
    }
}
