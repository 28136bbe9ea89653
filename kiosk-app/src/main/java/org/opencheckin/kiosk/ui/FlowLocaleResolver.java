package org.opencheckin.kiosk.ui;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.CompositeHttpLocaleResolver;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import jakarta.inject.Singleton;
import org.opencheckin.kiosk.flow.CheckinFlow;

import java.util.Locale;
import java.util.Optional;

/**
 * The screens speak the language the guest chose in the flow, not the browser's: a kiosk's Chromium has one
 * fixed Accept-Language. Before a choice (attract, maintenance) it is {@code kiosk.ui.default-language}.
 * The tags the flow keeps are only ever those of {@link KioskLanguages}.
 */
@Singleton
@Primary
@Replaces(CompositeHttpLocaleResolver.class)
public class FlowLocaleResolver implements HttpLocaleResolver {

    /** Lazy: the flow's own dependencies (the HTTP client) need a locale resolver while being built. */
    private final BeanProvider<CheckinFlow> flow;
    private final Locale defaultLocale;

    public FlowLocaleResolver(BeanProvider<CheckinFlow> flow, KioskLanguages languages) {
        this.flow = flow;
        this.defaultLocale = languages.defaultLocale();
    }

    @Override
    public @NonNull Optional<Locale> resolve(@NonNull HttpRequest<?> request) {
        return Optional.of(current());
    }

    @Override
    public @NonNull Locale resolveOrDefault(@NonNull HttpRequest<?> request) {
        return current();
    }

    public Locale current() {
        String language = flow.get().snapshot().language();
        return language == null ? defaultLocale : Locale.forLanguageTag(language);
    }
}
