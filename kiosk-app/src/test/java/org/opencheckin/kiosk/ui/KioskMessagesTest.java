package org.opencheckin.kiosk.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencheckin.kiosk.flow.FlowState;
import org.opencheckin.kiosk.flow.Notice;
import org.opencheckin.kiosk.flow.Problem;
import org.opencheckin.kiosk.flow.CardStatus;
import org.opencheckin.kiosk.vision.Guidance;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every language carries every string with the same placeholders, and every key a screen or enum asks for
 * exists.
 */
class KioskMessagesTest {

    static final Path BUNDLES = Path.of("src/main/resources/i18n");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}]*}");
    /** A date whose weekday every bundle names: Saturday. */
    static final String ARRIVAL = "2026-11-28";

    static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = KioskMessagesTest.class.getResourceAsStream("/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** Every translation in i18n/: messages_en.properties stays empty on purpose (English is the base bundle). */
    static List<String> translations() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("messages_") && n.endsWith(".properties"))
                    .filter(n -> !n.equals("messages_en.properties"))
                    .sorted().toList();
        }
    }

    static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @Test
    void theTranslationsAreChineseJapaneseAndKorean() throws IOException {
        assertThat(translations()).containsExactly("messages_ja.properties", "messages_ko.properties",
                "messages_zh_CN.properties");
        assertThat(load("messages_en.properties")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("translations")
    void everyBundleHasEveryKeyWithTheSamePlaceholdersAndNoEmptyText(String bundle) throws IOException {
        Properties english = load("messages.properties");
        Properties translated = load(bundle);
        assertThat(translated.stringPropertyNames()).as(bundle)
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            String text = translated.getProperty(key);
            assertThat(text).as("%s %s", bundle, key).isNotBlank();
            assertThat(placeholders(text)).as("placeholders of %s in %s", key, bundle)
                    .isEqualTo(placeholders(english.getProperty(key)));
        }
        english.forEach((k, v) -> assertThat(v.toString()).as(k.toString()).isNotBlank());
        assertThat(translated.getProperty("consent.title")).isNotEqualTo(english.getProperty("consent.title"));
        assertThat(translated.getProperty("language.name")).isNotEqualTo(english.getProperty("language.name"));
    }

    /** Read as Java reads a bundle (UTF-8 since Java 9), not through the test's own reader. */
    @Test
    void theBundlesAreReadAsUtf8ByResourceBundle() {
        Map<String, String> names = Map.of("zh-CN", "中文", "ja-JP", "日本語", "ko-KR", "한국어", "en-US", "English");
        names.forEach((tag, name) -> assertThat(ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag(tag),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString("language.name")).as(tag).isEqualTo(name));
    }

    @Test
    void reservationDatesAreWrittenTheWayEachLanguageWritesThem() throws IOException {
        Map<String, String> expected = Map.of(
                "messages.properties", "Sat 28 Nov 2026",
                "messages_zh_CN.properties", "2026年11月28日 周六",
                "messages_ja.properties", "2026年11月28日(土)",
                "messages_ko.properties", "2026년 11월 28일 (토)");
        Map<String, Locale> locales = Map.of("messages.properties", Locale.US,
                "messages_zh_CN.properties", Locale.SIMPLIFIED_CHINESE,
                "messages_ja.properties", Locale.JAPAN, "messages_ko.properties", Locale.KOREA);
        for (String bundle : expected.keySet()) {
            StayDates dates = new StayDates(load(bundle).getProperty("reservation.dateFormat"), locales.get(bundle));
            assertThat(dates.format(ARRIVAL)).as(bundle).isEqualTo(expected.get(bundle));
        }
        assertThat(new StayDates("yyyy-MM-dd", Locale.JAPAN).format("28/11/2026")).isEqualTo("28/11/2026");
    }

    @Test
    void everyKeyTheScreensUseExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Set<String> used = new HashSet<>();
        // #{key} in the screen's language, and l.text('key') in each offered language.
        Pattern literal = Pattern.compile("#\\{([a-zA-Z][\\w.]*)|\\.text\\('([a-zA-Z][\\w.]*)'\\)");
        try (Stream<Path> views = Files.walk(Path.of("src/main/resources/views"))) {
            for (Path view : views.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = literal.matcher(Files.readString(view));
                while (m.find()) {
                    used.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        for (FlowState s : FlowState.STEPS) {
            used.add("step." + s.name());
        }
        for (Problem p : Problem.values()) {
            used.add("problem." + p.name());
        }
        for (Notice n : Notice.values()) {
            used.add("notice." + n.name());
        }
        for (CardStatus c : CardStatus.values()) {
            used.add("keys.status." + c.name());
        }
        for (Guidance g : Guidance.values()) {
            used.add("face.guidance." + g.name());
        }
        used.add("reservation.dateFormat");
        assertThat(used).hasSizeGreaterThan(60).contains("language.name", "attract.touch", "attract.hint");
        assertThat(keys).containsAll(used);
    }
}
