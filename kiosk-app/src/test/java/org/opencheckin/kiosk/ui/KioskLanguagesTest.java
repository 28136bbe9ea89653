package org.opencheckin.kiosk.ui;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.MessageSource;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.context.i18n.ResourceBundleMessageSource;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.opencheckin.kiosk.fakes.FakeBeans;
import org.opencheckin.kiosk.flow.CheckinFlow;
import org.opencheckin.kiosk.flow.FlowState;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code kiosk.ui.languages} is the one list of languages: what the screen offers and what the flow accepts. */
class KioskLanguagesTest {

    static final MessageSource MESSAGES = new ResourceBundleMessageSource(KioskLanguages.BUNDLE);

    static KioskLanguages languages(String defaultLanguage, String... tags) {
        UiSettings settings = new UiSettings();
        settings.setLanguages(List.of(tags));
        settings.setDefaultLanguage(defaultLanguage);
        return new KioskLanguages(settings, MESSAGES);
    }

    @Test
    void eachLanguageIsOfferedInItsOwnWords() {
        KioskLanguages languages = languages("zh-CN", "zh-CN", "en-US", "ja-JP", "ko-KR");
        assertThat(languages.offered()).extracting(KioskLanguages.Language::tag)
                .containsExactly("zh-CN", "en-US", "ja-JP", "ko-KR");
        assertThat(languages.offered()).extracting(l -> l.text("language.name"))
                .containsExactly("中文", "English", "日本語", "한국어");
        assertThat(languages.offered()).extracting(l -> l.text("attract.touch"))
                .containsExactly("请触摸屏幕开始自助入住", "Touch the screen to check in", "画面にタッチしてチェックイン",
                        "화면을 터치하여 체크인하세요");
        assertThat(languages.accepts("ja-JP")).isTrue();
        assertThat(languages.accepts("ja")).isFalse();
        assertThat(languages.accepts("zh-TW")).isFalse();
        assertThat(languages.accepts(null)).isFalse();
    }

    @Test
    void aLanguageWithoutItsOwnBundleOrAStrayDefaultStopsTheStart() {
        assertThatThrownBy(() -> languages("zh-CN", "zh-CN", "fr-FR"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("fr-FR");
        assertThatThrownBy(() -> languages("zh-CN", "zh_CN"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("zh_CN");
        assertThatThrownBy(() -> languages("ko-KR", "zh-CN", "en-US"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("default-language");
        assertThatThrownBy(() -> languages("zh-CN"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("no language");
    }

    @Test
    void theAppOffersTheConfiguredLanguagesAndRefusesAnyOther() throws Exception {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "micronaut.server.port", -1,
                "kiosk.heartbeat.enabled", false,
                "kiosk.flow.tick", "50ms"), FakeBeans.ENV, FakeBeans.FACE_ENV)) {
            assertThat(server.getApplicationContext().getBean(KioskLanguages.class).offered())
                    .extracting(KioskLanguages.Language::tag).containsExactly("zh-CN", "en-US", "ja-JP", "ko-KR");
            CheckinFlow flow = server.getApplicationContext().getBean(CheckinFlow.class);
            HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            post(http, server, "/flow/start", "");
            assertThat(flow.state()).isEqualTo(FlowState.LANGUAGE);
            for (String refused : List.of("fr-FR", "ja", "zh-TW", "")) {
                assertThat(post(http, server, "/flow/language", "lang=" + refused).statusCode()).isEqualTo(303);
                assertThat(flow.state()).as(refused).isEqualTo(FlowState.LANGUAGE);
            }
            post(http, server, "/flow/language", "lang=ko-KR");
            assertThat(flow.state()).isEqualTo(FlowState.CONSENT);
            assertThat(flow.snapshot().language()).isEqualTo("ko-KR");
        }
    }

    private static HttpResponse<String> post(HttpClient http, EmbeddedServer server, String path, String form)
            throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
