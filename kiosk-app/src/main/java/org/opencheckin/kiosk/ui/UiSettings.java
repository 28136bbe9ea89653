package org.opencheckin.kiosk.ui;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.util.List;

/**
 * {@code kiosk.ui.*}: the languages the kiosk offers (BCP 47 tags, in the order of the language screen) and
 * the one it speaks before a guest has chosen. {@link KioskLanguages} checks them when the app starts.
 */
@ConfigurationProperties("kiosk.ui")
public class UiSettings {

    private List<String> languages = List.of();
    private String defaultLanguage = "zh-CN";

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages == null ? List.of() : List.copyOf(languages);
    }

    public String getDefaultLanguage() {
        return defaultLanguage;
    }

    public void setDefaultLanguage(String defaultLanguage) {
        this.defaultLanguage = defaultLanguage;
    }
}
