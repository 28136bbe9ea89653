package org.opencheckin.kiosk.ui;

import io.micronaut.context.MessageSource;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The languages a guest can choose, from {@code kiosk.ui.languages}: the one list that the language screen
 * shows and {@code POST /flow/language} accepts. Each language needs a bundle of its own
 * ({@code i18n/messages_<language>[_<COUNTRY>].properties}; English is the base bundle with an empty
 * {@code messages_en}), and the default language must be one of them. Otherwise the app refuses to start,
 * instead of showing a guest who chose a language the screens of another one.
 */
@Singleton
public class KioskLanguages {

    static final String BUNDLE = "i18n.messages";

    private final List<Language> offered;
    private final Locale defaultLocale;

    public KioskLanguages(UiSettings settings, MessageSource messages) {
        if (settings.getLanguages().isEmpty()) {
            throw new ConfigurationException("kiosk.ui.languages: no language configured");
        }
        this.offered = settings.getLanguages().stream().map(tag -> new Language(tag, localeOf(tag), messages)).toList();
        if (!accepts(settings.getDefaultLanguage())) {
            throw new ConfigurationException("kiosk.ui.default-language: " + settings.getDefaultLanguage()
                    + " is not one of kiosk.ui.languages " + settings.getLanguages());
        }
        this.defaultLocale = localeOf(settings.getDefaultLanguage());
    }

    /**
     * One offered language.
     *
     * @param tag    the BCP 47 tag the flow keeps and the screens put into {@code lang} ({@code ja-JP})
     */
    public record Language(String tag, Locale locale, MessageSource messages) {

        /**
         * The text of {@code key} in this language, whatever language the screen is in: the language
         * screen's buttons and the attract screen speak every language at once.
         */
        public String text(String key) {
            return messages.getMessage(key, locale).orElseThrow(
                    () -> new IllegalStateException("no message " + key + " for " + tag));
        }
    }

    /** In the order of the language screen. */
    public List<Language> offered() {
        return offered;
    }

    public boolean accepts(@Nullable String tag) {
        return tag != null && offered.stream().anyMatch(l -> l.tag().equals(tag));
    }

    /** The screens' language before a guest has chosen one (attract, maintenance). */
    public Locale defaultLocale() {
        return defaultLocale;
    }

    private static Locale localeOf(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        if (locale.getLanguage().isEmpty() || !locale.toLanguageTag().equals(tag)) {
            throw new ConfigurationException("kiosk.ui.languages: " + tag + " is not a BCP 47 language tag like zh-CN");
        }
        ResourceBundle bundle;
        try {
            bundle = ResourceBundle.getBundle(BUNDLE, locale, KioskLanguages.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            bundle = null;
        }
        if (bundle == null || !bundle.getLocale().getLanguage().equals(locale.getLanguage())) {
            throw new ConfigurationException("kiosk.ui.languages: " + tag + " has no bundle of its own (i18n/messages_"
                    + locale.getLanguage() + ".properties)");
        }
        return locale;
    }
}
