package org.opencheckin.kiosk.ui;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.MessageSource;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.opencheckin.kiosk.device.fake.FakeDocumentSource;
import org.opencheckin.kiosk.device.fake.FakeKeyCardIssuer;
import org.opencheckin.kiosk.fakes.Documents;
import org.opencheckin.kiosk.fakes.FakeBackend;
import org.opencheckin.kiosk.fakes.FakeBeans;
import org.opencheckin.kiosk.flow.CheckinFlow;
import org.opencheckin.kiosk.flow.FlowSettings;
import org.opencheckin.kiosk.flow.FlowState;
import org.opencheckin.kiosk.identity.FaceCheck;
import org.opencheckin.kiosk.fakes.FakeFaceCheck;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole guest flow in a real headless Chromium against the running kiosk app (in-memory devices and
 * backend), in Chinese and English, the first screens in Japanese and Korean, with a screenshot of every screen
 * under {@code target/screenshots/}.
 */
class KioskBrowserTest {

    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    /** 15 mm in CSS pixels (96 px per inch). */
    static final double MIN_TARGET_PX = 15 / 25.4 * 96;

    static ApplicationContext context;
    static EmbeddedServer server;
    static Path screenshots;
    ChromeDriver browser;
    Path profile;
    FakeBackend backend;
    FakeDocumentSource reader;
    FakeKeyCardIssuer dispenser;
    FakeFaceCheck face;
    CheckinFlow flow;
    MessageSource messages;

    @BeforeAll
    static void startKiosk() throws IOException {
        boolean present = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
        if ("true".equals(System.getenv("CI"))) {
            assertThat(present).as("CI needs /usr/bin/chromium and /usr/bin/chromedriver").isTrue();
        }
        Assumptions.assumeTrue(present, "headless Chromium or chromedriver missing in /usr/bin");
        server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "micronaut.server.port", -1,
                "kiosk.heartbeat.enabled", false,
                "kiosk.flow.tick", "100ms"), FakeBeans.ENV, FakeBeans.FACE_ENV);
        context = server.getApplicationContext();
        screenshots = Path.of("target", "screenshots");
        Files.createDirectories(screenshots);
    }

    @AfterAll
    static void stopKiosk() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void openBrowser() throws IOException {
        backend = context.getBean(FakeBackend.class);
        reader = context.getBean(FakeDocumentSource.class);
        dispenser = context.getBean(FakeKeyCardIssuer.class);
        face = (FakeFaceCheck) context.getBean(FaceCheck.class);
        flow = context.getBean(CheckinFlow.class);
        messages = context.getBean(MessageSource.class);
        profile = Files.createTempDirectory("kiosk-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--lang=en-US");
        // The MJPEG preview never finishes loading; wait for the DOM only.
        options.setPageLoadStrategy(PageLoadStrategy.EAGER);
        // One driver process per browser: quit() stops it.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1280, 1024));
        browser.get(server.getURL() + "/");
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        flow.outOfService(true);
        flow.outOfService(false);
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "en-US"})
    void fullCheckinInEachLanguage(String language) throws IOException {
        Locale locale = Locale.forLanguageTag(language);
        String prefix = language + "-";
        waitFor(FlowState.ATTRACT);
        shoot(prefix + "01-attract");
        click("start");
        waitFor(FlowState.LANGUAGE);
        shoot(prefix + "02-language");
        assertTargetsAreLargeEnough();

        click("lang-" + language);
        waitFor(FlowState.CONSENT);
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
        assertThat(text("h1")).isEqualTo(message("consent.title", locale));
        assertThat(browser.findElement(By.cssSelector(".progress li.current")).getText())
                .contains(message("step.CONSENT", locale));
        shoot(prefix + "03-consent");
        assertTargetsAreLargeEnough();

        click("consent-agree");
        waitFor(FlowState.DOCUMENT);
        shoot(prefix + "04-document");
        reader.place(Documents.residentId());
        waitFor(FlowState.RESERVATION);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Deluxe King", "DEMO1204")
                .doesNotContain(Documents.NAME, Documents.ID_NUMBER);
        shoot(prefix + "05-reservation");

        click("reservation-1");
        waitFor(FlowState.FACE);
        WebElement preview = browser.findElement(By.cssSelector("img.preview"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> ((Number) ((JavascriptExecutor) d)
                .executeScript("return arguments[0].naturalWidth", preview)).intValue() == 640);
        shoot(prefix + "06-face");
        click("face-start");
        waitFor(FlowState.ROOM);
        assertThat(text("#room-number")).isEqualTo(message("room.number", locale, "1204"));
        shoot(prefix + "07-room");

        click("room-continue");
        waitFor(FlowState.KEYS);
        assertThat(browser.findElement(By.id("keys-2")).getAttribute("class")).contains("primary");
        shoot(prefix + "08-keys");
        int written = dispenser.written().size();
        click("keys-2");
        waitFor(FlowState.DONE);
        assertThat(dispenser.written()).hasSize(written + 2);
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains(message("done.wifi", locale, "OpenCheckin-Guest"));
        shoot(prefix + "09-done");

        click("finish");
        waitFor(FlowState.ATTRACT);
    }

    @Test
    void theLanguageScreenOffersFourLanguagesEachInItsOwnWordsInLandscapeAndPortrait() throws IOException {
        waitFor(FlowState.ATTRACT);
        assertThat(browser.findElements(By.cssSelector("#start [lang]"))).extracting(e -> e.getAttribute("lang"))
                .containsExactly("zh-CN", "en-US", "ja-JP", "ko-KR", "zh-CN", "en-US", "ja-JP", "ko-KR");
        click("start");
        waitFor(FlowState.LANGUAGE);
        List<WebElement> buttons = browser.findElements(By.cssSelector("main button"));
        assertThat(buttons).extracting(b -> b.getAttribute("id"))
                .containsExactly("lang-zh-CN", "lang-en-US", "lang-ja-JP", "lang-ko-KR");
        assertThat(buttons).extracting(b -> b.getAttribute("lang")).containsExactly("zh-CN", "en-US", "ja-JP", "ko-KR");
        assertThat(buttons).extracting(WebElement::getText).containsExactly("中文", "English", "日本語", "한국어");
        assertTargetsAreLargeEnough();
        // Landscape: two by two.
        assertThat(buttons.get(1).getLocation().getY()).isEqualTo(buttons.get(0).getLocation().getY());
        assertThat(buttons.get(2).getLocation().getY()).isGreaterThan(buttons.get(0).getLocation().getY());
        browser.manage().window().setSize(new Dimension(768, 1366));
        assertTargetsAreLargeEnough();
        for (WebElement button : buttons) {
            assertThat(button.getLocation().getY() + button.getSize().getHeight()).as(button.getText())
                    .isLessThanOrEqualTo(((Number) ((JavascriptExecutor) browser)
                            .executeScript("return window.innerHeight")).intValue());
        }
        shoot("zh-CN-02-language-portrait");
    }

    /** Not a whole check-in (the zh-CN and en-US runs walk every screen): the screens up to the booking. */
    @ParameterizedTest
    @CsvSource({"ja-JP, ご利用の前に, 2026年11月28日(土)～2026年11月30日(月), Noto Sans CJK JP",
            "ko-KR, 시작하기 전에, 2026년 11월 28일 (토) ~ 2026년 11월 30일 (월), Noto Sans CJK KR"})
    void japaneseAndKoreanGuestsReadTheKioskInTheirLanguage(String language, String consentTitle, String stay,
                                                           String font) throws IOException {
        Locale locale = Locale.forLanguageTag(language);
        String prefix = language + "-";
        click("start");
        waitFor(FlowState.LANGUAGE);
        click("lang-" + language);
        waitFor(FlowState.CONSENT);
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
        assertThat(text("h1")).isEqualTo(consentTitle).isEqualTo(message("consent.title", locale));
        assertThat(text("#consent-agree")).isEqualTo(message("consent.agree", locale));
        assertThat(browser.findElement(By.cssSelector(".progress li.current")).getText())
                .contains(message("step.CONSENT", locale));
        assertThat(browser.findElement(By.tagName("h1")).getCssValue("font-family")).startsWith("\"" + font + "\"");
        shoot(prefix + "03-consent");
        assertTargetsAreLargeEnough();

        click("consent-agree");
        waitFor(FlowState.DOCUMENT);
        reader.place(Documents.residentId());
        waitFor(FlowState.RESERVATION);
        assertThat(text(".reservations .big")).isEqualTo(stay);
        assertThat(text("#reservation-1")).isEqualTo(message("reservation.choose", locale));
        shoot(prefix + "05-reservation");
        assertTargetsAreLargeEnough();
    }

    @Test
    void staffErrorAccessibleAndCountdownScreens() throws IOException {
        click("start");
        waitFor(FlowState.LANGUAGE);
        click("lang-en-US");
        waitFor(FlowState.CONSENT);
        click("accessible");
        waitUntil(() -> browser.findElement(By.tagName("body")).getAttribute("class").contains("accessible"));
        assertTargetsAreLargeEnough();
        shoot("en-US-10-consent-large-text");
        click("accessible");

        click("call-staff");
        waitFor(FlowState.WAITING_FOR_STAFF);
        assertThat(browser.findElements(By.id("call-staff"))).isEmpty();
        shoot("en-US-11-waiting-for-staff");
        click("staff-cancel");
        waitFor(FlowState.CONSENT);

        backend.unreachable = true;
        try {
            click("consent-agree");
            waitFor(FlowState.ERROR);
            assertThat(text("#problem")).isEqualTo(message("problem.BACKEND_UNREACHABLE", Locale.US));
            shoot("en-US-12-error-backend-unreachable");
        } finally {
            backend.unreachable = false;
        }
        click("start-over");
        waitFor(FlowState.ATTRACT);

        FlowSettings settings = context.getBean(FlowSettings.class);
        Duration idle = settings.getIdleTimeout();
        settings.setIdleTimeout(Duration.ofSeconds(1));
        try {
            click("start");
            waitFor(FlowState.LANGUAGE);
            waitUntil(() -> browser.findElement(By.id("countdown")).isDisplayed());
            assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("still-here");
            assertThat(text("#countdown-text")).matches(".*\\d+.*");
            shoot("zh-CN-13-countdown");
            browser.switchTo().activeElement().sendKeys(Keys.ENTER);
            waitUntil(() -> !browser.findElement(By.id("countdown")).isDisplayed());
        } finally {
            settings.setIdleTimeout(idle);
        }
        assertThat(flow.state()).isEqualTo(FlowState.LANGUAGE);
    }

    @Test
    void theWholeFlowWorksWithTheKeyboardAlone() {
        waitFor(FlowState.ATTRACT);
        enter();
        waitFor(FlowState.LANGUAGE);
        enter();
        waitFor(FlowState.CONSENT);
        enter();
        waitFor(FlowState.DOCUMENT);
        WebElement code = browser.findElement(By.id("code"));
        code.click();
        code.sendKeys("DEMO2", Keys.ENTER);
        waitFor(FlowState.RESERVATION);
        assertThat(browser.findElements(By.cssSelector(".reservations li"))).hasSize(2);
        waitUntil(() -> "reservation-2".equals(browser.switchTo().activeElement().getAttribute("id")));
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("reservation-3");
        enter();
        waitFor(FlowState.DOCUMENT);
        assertThat(text("#notice")).isEqualTo(message("notice.DOCUMENT_NEEDED", Locale.CHINA));
        reader.place(Documents.passportWithoutPortrait());
        waitFor(FlowState.WAITING_FOR_STAFF);
        assertThat(text("#problem")).isEqualTo(message("problem.NO_PORTRAIT", Locale.CHINA));
    }

    @Test
    void maintenanceModeBehindThePinTakesTheKioskOutOfService() throws IOException {
        FlowSettings settings = context.getBean(FlowSettings.class);
        waitFor(FlowState.ATTRACT);
        browser.get(server.getURL() + "/maintenance");
        WebElement pin = browser.findElement(By.id("pin"));
        pin.sendKeys("9999", Keys.ENTER);
        waitUntil(() -> !browser.findElements(By.cssSelector(".notice")).isEmpty());
        browser.findElement(By.id("pin")).sendKeys("2468", Keys.ENTER);
        WebElement count = new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("count")));
        count.sendKeys("150", Keys.ENTER);
        waitUntil(() -> text("#card-stock").equals("150"));
        click("test-card");
        waitUntil(() -> text("#result").startsWith("test card: fake dispenser: OK"));
        assertThat(text("#card-stock")).isEqualTo("149");
        shoot("zh-CN-14-maintenance");
        click("service");
        waitUntil(() -> flow.state() == FlowState.OUT_OF_SERVICE);
        browser.get(server.getURL() + "/");
        waitFor(FlowState.OUT_OF_SERVICE);
        assertThat(browser.findElements(By.id("call-staff"))).isEmpty();
        shoot("zh-CN-15-out-of-service");
        browser.get(server.getURL() + "/maintenance");
        click("service");
        waitUntil(() -> flow.state() == FlowState.ATTRACT);
        click("logout");
        waitFor(FlowState.ATTRACT);
        assertThat(settings.getIdleTimeout()).isEqualTo(Duration.ofSeconds(60));
    }

    /** Enter on the focused element, once the screen's autofocus has put the focus on a control. */
    private void enter() {
        waitUntil(() -> !"body".equalsIgnoreCase(browser.switchTo().activeElement().getTagName()));
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
    }

    /** Clicks a control; a screen redrawn under the finger (the page reloads itself) is clicked again. */
    private void click(String id) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    d.findElement(By.id(id)).click();
                    return true;
                });
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private String message(String key, Locale locale, Object... args) {
        Map<String, Object> variables = new java.util.HashMap<>();
        for (int i = 0; i < args.length; i++) {
            variables.put(String.valueOf(i), args[i]);
        }
        return messages.getMessage(key, MessageSource.MessageContext.of(locale, variables)).orElseThrow();
    }

    private void waitFor(FlowState state) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> state.name().equals(((JavascriptExecutor) d)
                .executeScript("return document.body ? document.body.dataset.state : null")));
    }

    private void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> condition.getAsBoolean());
    }

    /** Every visible button and text field is at least 15 mm in both directions. */
    private void assertTargetsAreLargeEnough() {
        List<WebElement> targets = browser.findElements(By.cssSelector("button, input[type=text]"));
        for (WebElement target : targets) {
            if (target.isDisplayed()) {
                assertThat(target.getSize().getHeight()).as("height of %s", target.getAttribute("id"))
                        .isGreaterThanOrEqualTo((int) Math.ceil(MIN_TARGET_PX));
                assertThat(target.getSize().getWidth()).as("width of %s", target.getAttribute("id"))
                        .isGreaterThanOrEqualTo((int) Math.ceil(MIN_TARGET_PX));
            }
        }
    }

    private void shoot(String name) throws IOException {
        File png = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
