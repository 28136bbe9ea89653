package org.opencheckin.admin.web;

import io.micronaut.context.MessageSource;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import jakarta.inject.Singleton;

/** The pages' texts: {@code i18n/messages*.properties} (English base bundle, Simplified Chinese). */
@Factory
class UiBeans {

    @Singleton
    MessageSource adminMessages() {
        return new ResourceBundleMessageSource("i18n.messages");
    }
}
