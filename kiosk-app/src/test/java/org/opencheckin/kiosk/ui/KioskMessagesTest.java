package org.opencheckin.kiosk.ui;

import org.junit.jupiter.api.Test;
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
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Both languages carry every string, and every key a screen or enum asks for exists. */
class KioskMessagesTest {

    static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = KioskMessagesTest.class.getResourceAsStream("/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeysAndNoEmptyText() throws IOException {
        Properties english = load("messages.properties");
        Properties chinese = load("messages_zh_CN.properties");
        assertThat(chinese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        english.forEach((k, v) -> assertThat(v.toString()).as(k.toString()).isNotBlank());
        chinese.forEach((k, v) -> assertThat(v.toString()).as(k.toString()).isNotBlank());
        assertThat(chinese.getProperty("consent.title")).isNotEqualTo(english.getProperty("consent.title"));
    }

    @Test
    void everyKeyTheScreensUseExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Set<String> used = new HashSet<>();
        Pattern literal = Pattern.compile("#\\{([a-zA-Z][\\w.]*)");
        try (Stream<Path> views = Files.walk(Path.of("src/main/resources/views"))) {
            for (Path view : views.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = literal.matcher(Files.readString(view));
                while (m.find()) {
                    used.add(m.group(1));
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
        assertThat(used).hasSizeGreaterThan(60);
        assertThat(keys).containsAll(used);
    }
}
