package org.opencheckin.admin.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencheckin.admin.backend.StaffApi.Reservation;
import org.opencheckin.admin.backend.StaffApi.Statistics;
import org.opencheckin.admin.backend.StaffApiClient;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A front-desk shift in headless Chromium against the REAL hotel backend jar (H2, demo data): sign in as
 * admin, a kiosk escalates a check-in through the kiosk API, the queue picks it up by itself, approving it moves
 * the kiosk session on and denying another ends it (both checked through the kiosk API); the kiosk's heartbeat shows on the kiosks page, a room
 * is taken out of order on the board, and every other page renders the demo hotel. A second shift takes a phone
 * booking through the new-reservation form, finds it in the search, edits it, and reads the statistics page
 * against the backend's statistics call. Both share one backend; each starts signed out.
 * Screenshots of each page go to {@code target/screenshots/}. Under {@code CI=true} a missing Chromium,
 * chromedriver or backend jar fails the test; locally it is skipped with the reason.
 */
class EscalationBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String KIOSK_TOKEN = "demo-kiosk-token-1";

    private static BackendProcess backend;
    private static EmbeddedServer admin;
    private static ChromeDriver browser;
    private static Path profile;
    private static Path screenshots;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static JsonMapper json;

    @BeforeAll
    static void start() throws Exception {
        boolean browserPresent = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        boolean jarPresent = Files.isRegularFile(BackendProcess.JAR);
        if ("true".equals(System.getenv("CI"))) {
            assertThat(browserPresent).as("CI needs /usr/bin/chromium and /usr/bin/chromedriver").isTrue();
            assertThat(jarPresent).as("CI needs " + BackendProcess.JAR.toAbsolutePath().normalize()
                    + " (build hotel-backend first; the reactor does)").isTrue();
        }
        Assumptions.assumeTrue(browserPresent, "headless Chromium or chromedriver missing in /usr/bin");
        Assumptions.assumeTrue(jarPresent, "hotel backend jar missing: " + BackendProcess.JAR.toAbsolutePath().normalize());

        backend = BackendProcess.start();
        backend.awaitHealthy(Duration.ofSeconds(180));
        admin = ApplicationContext.run(EmbeddedServer.class, Map.of("admin.backend.url", backend.url(),
                "micronaut.server.port", -1, "admin.escalations.refresh-seconds", 1));
        json = admin.getApplicationContext().getBean(JsonMapper.class);

        screenshots = Path.of("target", "screenshots");
        Files.createDirectories(screenshots);
        profile = Files.createTempDirectory("admin-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (admin != null) {
            admin.close();
        }
        if (backend != null) {
            backend.close();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    /** Each shift starts signed out, whichever ran before. */
    @BeforeEach
    void signedOut() {
        browser.get(admin.getURL() + "/static/admin.css");
        browser.manage().deleteAllCookies();
    }

    @Test
    @SuppressWarnings("unchecked")
    void adminApprovesAKioskEscalationAndTheKioskSessionMovesOn() throws Exception {
        browser.get(admin.getURL() + "/escalations");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        shot("01-login");

        signIn("admin", "not-the-password");
        assertThat(await(By.id("login-error")).getText()).contains("Wrong user name or password");
        shot("02-login-wrong-password");

        signIn("admin", "admin");
        assertThat(await(By.id("queue-empty")).getText()).contains("Nobody is waiting");
        assertThat(browser.getCurrentUrl()).endsWith("/escalations");

        // A kiosk escalates a check-in while the page is open: the queue shows it without a reload.
        String checkinId = kiosk("POST", "/api/v1/checkins", null).get("checkinId").toString();
        kiosk("POST", "/api/v1/checkins/" + checkinId + "/lookup", "{\"confirmationCode\":\"DM1003\"}");
        // The backend approves only a check-in whose guest document is on record (DM1003 is the demo's Li Na).
        kiosk("POST", "/api/v1/checkins/" + checkinId + "/document", "{\"documentType\":\"CN_RESIDENT_ID\","
                + "\"documentNumber\":\"440524188001010014\",\"fullName\":\"Li Na\",\"birthDate\":\"1880-01-01\","
                + "\"nationality\":\"CHN\",\"expiryDate\":\"2036-01-01\"}");
        kiosk("POST", "/api/v1/checkins/" + checkinId + "/escalate", "{\"reason\":\"Guest looks different from the photo\"}");
        WebElement card = new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("escalation-" + checkinId)));
        assertThat(card.getText()).contains("KIOSK-1").contains("DM1003").contains("Guest looks different from the photo");
        shot("03-escalation-queue");

        card.findElement(By.name("note")).sendKeys("Passport checked at the desk");
        card.findElement(By.className("approve-button")).click();
        WebElement flash = await(By.cssSelector(".flash.ok"));
        assertThat(flash.getText()).contains("Approved").contains(checkinId);
        assertThat(browser.findElements(By.id("escalation-" + checkinId))).isEmpty();
        shot("04-escalation-approved");

        Map<String, Object> session = kiosk("GET", "/api/v1/checkins/" + checkinId, null);
        assertThat(session.get("state")).isEqualTo("IDENTITY_VERIFIED");
        // Staff verified the guest in person: the session records the step, not a face decision.
        assertThat((Map<String, Object>) session.get("transitions")).containsKeys("ESCALATED", "IDENTITY_VERIFIED");

        // A second one is denied with a reason: the kiosk session ends.
        String denied = kiosk("POST", "/api/v1/checkins", null).get("checkinId").toString();
        kiosk("POST", "/api/v1/checkins/" + denied + "/lookup", "{\"confirmationCode\":\"DM1004\"}");
        kiosk("POST", "/api/v1/checkins/" + denied + "/escalate", "{\"reason\":\"Guest asks for help\"}");
        WebElement second = await(By.id("escalation-" + denied));
        second.findElement(By.name("reason")).sendKeys("Not the booked guest");
        shot("05-escalation-deny");
        second.findElement(By.className("deny-button")).click();
        // the approval's message is still on screen until the deny's page has loaded
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash.ok"), "Denied"));
        assertThat(browser.findElement(By.cssSelector(".flash.ok")).getText()).contains(denied);
        assertThat(kiosk("GET", "/api/v1/checkins/" + denied, null).get("state")).isEqualTo("FAILED");

        kiosk("PUT", "/api/v1/kiosks/self/status",
                "{\"devices\":{\"idReader\":\"OK\",\"cardDispenser\":\"JAMMED\"},\"cardStock\":\"LOW\"}");
        browser.get(admin.getURL() + "/kiosks");
        assertThat(browser.findElement(By.id("kiosk-KIOSK-1")).getText()).contains("KIOSK-1")
                .contains("idReader: OK").contains("cardDispenser: JAMMED").contains("LOW").contains("s ago");
        assertThat(browser.findElements(By.cssSelector("#kiosk-KIOSK-1 form[action$='/rotate-token']"))).hasSize(1);
        shot("06-kiosks");

        browser.get(admin.getURL() + "/rooms");
        assertThat(browser.findElements(By.cssSelector(".room"))).hasSize(40);
        WebElement room = browser.findElement(By.id("room-101"));
        assertThat(room.getAttribute("class")).contains("VACANT_CLEAN");
        new Select(room.findElement(By.name("status"))).selectByValue("OUT_OF_ORDER");
        room.findElement(By.tagName("button")).click();
        assertThat(await(By.cssSelector(".flash.ok")).getText()).contains("Room 101 is now OUT_OF_ORDER.");
        assertThat(browser.findElement(By.id("room-101")).getAttribute("class")).contains("OUT_OF_ORDER");
        shot("07-rooms");

        browser.get(admin.getURL() + "/reservations?q=DM1003");
        assertThat(browser.findElement(By.id("reservations")).getText()).contains("DM1003");
        shot("08-reservations");
        browser.findElement(By.linkText("DM1003")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches("/reservations/\\d+$"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("DM1003");
        shot("09-reservation-detail");

        // A desk check-in through the staff API issues a card; the keys page revokes it.
        StaffApiClient api = admin.getApplicationContext().getBean(StaffApiClient.class);
        String staffJwt = api.login("admin", "admin").accessToken();
        long reservationId = api.reservations(staffJwt, "DM1005", null, null).get(0).reservationId();
        staff("POST", "/api/v1/staff/reservations/" + reservationId + "/check-in", "{\"keyCount\":1}", staffJwt);
        browser.get(admin.getURL() + "/keys");
        WebElement key = browser.findElement(By.cssSelector("table.keys tbody tr"));
        assertThat(key.getText()).contains("ISSUED");
        String keyRow = key.getAttribute("id");
        key.findElement(By.cssSelector("form[action$='/revoke'] button")).click();
        assertThat(await(By.cssSelector(".flash.ok")).getText()).contains("revoked");
        assertThat(browser.findElement(By.id(keyRow)).getText()).contains("REVOKED");
        shot("10-keys");

        browser.get(admin.getURL() + "/audit");
        assertThat(browser.findElement(By.id("chain")).getText()).contains("Hash chain intact");
        shot("11-audit");

        browser.findElement(By.cssSelector("form.logout button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches("/login$"));
        browser.get(admin.getURL() + "/escalations");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
    }

    @Test
    void deskTakesAPhoneBookingFindsItEditsItAndReadsTheStatistics() throws Exception {
        browser.get(admin.getURL() + "/login");
        signIn("admin", "admin");
        await(By.linkText("New reservation")).click();
        WebElement form = await(By.id("reservation-form"));
        LocalDate today = LocalDate.parse(form.findElement(By.name("arrival")).getAttribute("value"));
        form.findElement(By.name("guestName")).sendKeys("Olga Petrova");
        new Select(form.findElement(By.name("roomType"))).selectByValue("TWN");
        form.findElement(By.name("adults")).clear();
        form.findElement(By.name("adults")).sendKeys("2");
        new Select(form.findElement(By.name("documentType"))).selectByValue("PASSPORT");
        form.findElement(By.name("documentNumber")).sendKeys("RU7654321");
        // departure before arrival: the browser lets it through, the backend refuses it beside the field
        setDate(form.findElement(By.name("departure")), today.minusDays(1));
        clickToNextPage(browser.findElement(By.id("reservation-save")));
        WebElement departureError = await(By.cssSelector("#field-departure .field-error"));
        assertThat(departureError.getText()).contains("must be after arrival");
        assertThat(browser.findElement(By.name("guestName")).getAttribute("value")).isEqualTo("Olga Petrova");
        assertThat(new Select(browser.findElement(By.name("roomType"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("TWN");
        assertThat(browser.findElement(By.name("documentNumber")).getAttribute("value")).as("write-only").isEmpty();
        assertThat(browser.getPageSource()).doesNotContain("RU7654321");
        shot("12-reservation-refused");

        setDate(browser.findElement(By.name("departure")), today.plusDays(2));
        browser.findElement(By.name("documentNumber")).sendKeys("RU7654321");
        clickToNextPage(browser.findElement(By.id("reservation-save")));
        assertThat(await(By.cssSelector(".flash.ok")).getText()).contains("created");
        String code = browser.findElement(By.tagName("h1")).getText().replace("Reservation", "").trim();
        assertThat(code).matches("OC[A-Z0-9]{8}");
        assertThat(browser.getPageSource()).doesNotContain("RU7654321");
        shot("13-reservation-created");

        browser.get(admin.getURL() + "/reservations");
        browser.findElement(By.name("q")).sendKeys("petrova olga");
        clickToNextPage(browser.findElement(By.cssSelector("form.filters button")));
        WebElement found = await(By.id("reservations"));
        assertThat(found.getText()).contains(code).contains("Olga Petrova").contains("TWN").contains("BOOKED");
        shot("14-reservation-search");
        clickToNextPage(found.findElement(By.linkText(code)));

        WebElement edit = await(By.id("reservation-form"));
        edit.findElement(By.name("guestName")).clear();
        edit.findElement(By.name("guestName")).sendKeys("Olga Petrova-Smirnova");
        edit.findElement(By.name("adults")).clear();
        edit.findElement(By.name("adults")).sendKeys("1");
        setDate(edit.findElement(By.name("departure")), today.plusDays(3));
        clickToNextPage(browser.findElement(By.id("reservation-save")));
        assertThat(await(By.cssSelector(".flash.ok")).getText()).contains(code).contains("saved");
        assertThat(browser.findElement(By.cssSelector("table.detail .guest")).getText()).isEqualTo("Olga Petrova-Smirnova");
        shot("15-reservation-edited");

        StaffApiClient api = admin.getApplicationContext().getBean(StaffApiClient.class);
        String staffJwt = api.login("admin", "admin").accessToken();
        Reservation edited = api.reservations(staffJwt, code, null, null).get(0);
        assertThat(edited.guestName()).isEqualTo("Olga Petrova-Smirnova");
        assertThat(edited.adults()).isEqualTo(1);
        assertThat(edited.departure()).isEqualTo(today.plusDays(3));
        assertThat(edited.roomType()).isEqualTo("TWN");
        assertThat(edited.documentType()).isEqualTo("PASSPORT");
        assertThat(edited.documentOnFile()).as("blank document fields keep the document").isTrue();

        // the guest arrives at the desk: a desk check-in the statistics must count
        staff("POST", "/api/v1/staff/reservations/" + edited.reservationId() + "/check-in", "{\"keyCount\":1}", staffJwt);
        clickToNextPage(browser.findElement(By.linkText("Statistics")));
        WebElement totals = await(By.id("totals"));
        Statistics week = api.statistics(staffJwt, today.minusDays(6), today);
        Statistics day = api.statistics(staffJwt, today, today);
        assertThat(week.deskCheckins()).isPositive();
        assertThat(browser.findElement(By.name("from")).getAttribute("value")).isEqualTo(today.minusDays(6).toString());
        assertThat(browser.findElement(By.name("to")).getAttribute("value")).isEqualTo(today.toString());
        assertThat(totals.findElement(By.id("total-desk")).getText()).isEqualTo(String.valueOf(week.deskCheckins()));
        assertThat(totals.findElement(By.id("total-started")).getText()).isEqualTo(String.valueOf(week.sessionsStarted()));
        assertThat(totals.findElement(By.id("total-escalated")).getText()).isEqualTo(String.valueOf(week.escalated()));
        WebElement todayRow = browser.findElement(By.id("day-" + today));
        assertThat(todayRow.findElement(By.cssSelector("td.desk")).getText()).isEqualTo(String.valueOf(day.deskCheckins()));
        assertThat(browser.findElements(By.cssSelector("#days tbody tr"))).hasSize(7);
        shot("16-statistics");

        browser.get(admin.getURL() + "/statistics?from=" + today.minusDays(40) + "&to=" + today);
        assertThat(await(By.cssSelector(".flash.error")).getText()).contains("at most 31 days");
        assertThat(browser.findElements(By.id("totals"))).isEmpty();
        shot("17-statistics-refused");
    }

    /** A date input's value set directly: typing into it depends on the browser's locale. */
    private static void setDate(WebElement input, LocalDate date) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", input, date.toString());
    }

    /** The element once the page that shows it has loaded (a click returns before its navigation ends). */
    /**
     * Clicks something that loads another page and waits until that page has loaded, so that a following
     * {@link #await} cannot find an element of the page being left (a stale element a moment later). The old
     * page is marked with a script variable rather than watched for staleness: chromedriver sometimes answers
     * a look at a node of an unloading page with an unknown error instead of a stale element.
     */
    private static void clickToNextPage(WebElement target) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("window.openCheckinLeaving = true;"); // a newly loaded page does not have it
        target.click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(WebDriverException.class) // scripts may fail while the next page replaces this one
                .until(d -> Boolean.TRUE.equals(js.executeScript(
                        "return window.openCheckinLeaving === undefined && document.readyState === 'complete';")));
    }

    private static WebElement await(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private void signIn(String username, String password) {
        browser.findElement(By.id("username")).clear();
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("login")).click();
    }

    /** One kiosk API call with the demo kiosk's token; fails the test on any error status. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> kiosk(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(backend.url() + path))
                .header("Authorization", "Bearer " + KIOSK_TOKEN).timeout(Duration.ofSeconds(10));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
        return json.readValue(response.body(), Map.class);
    }

    /** One staff API call; fails the test on any error status. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> staff(String method, String path, String body, String jwt) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(backend.url() + path))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(10))
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        request.header("Authorization", "Bearer " + jwt);
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
        return json.readValue(response.body(), Map.class);
    }

    private static void shot(String name) throws IOException {
        File png = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
