package org.opencheckin.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The kiosk's touch UI in a fresh headless Chromium, as a guest sees it. Every screen the test looks at is
 * saved as {@code NN-<state>.png} under the language's screenshot folder. The screen's flow state is the
 * {@code data-state} attribute of the page body.
 */
final class KioskScreens implements AutoCloseable {

    private final ChromeDriver browser;
    private final Path profile;
    private final Path screenshots;
    private int shots;

    private KioskScreens(ChromeDriver browser, Path profile, Path screenshots) {
        this.browser = browser;
        this.profile = profile;
        this.screenshots = screenshots;
    }

    static KioskScreens open(String url, String language, Path screenshots) throws IOException {
        Files.createDirectories(screenshots);
        try (Stream<Path> old = Files.list(screenshots)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        Path profile = Files.createTempDirectory("e2e-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Prerequisites.CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--lang=" + language);
        // The MJPEG camera preview never finishes loading: wait for the DOM only.
        options.setPageLoadStrategy(PageLoadStrategy.EAGER);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Prerequisites.CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        KioskScreens screens = new KioskScreens(browser, profile, screenshots);
        try {
            browser.manage().window().setSize(new Dimension(1280, 1024));
            browser.get(url);
        } catch (RuntimeException e) {
            screens.close();
            throw e;
        }
        return screens;
    }

    /** The flow state shown, or null while a page loads. */
    String state() {
        try {
            Object state = ((JavascriptExecutor) browser)
                    .executeScript("return document.body ? document.body.dataset.state : null");
            return state == null ? null : state.toString();
        } catch (RuntimeException loading) {
            return null;
        }
    }

    /** Waits until the kiosk shows one of these states and returns it. */
    String awaitState(Duration limit, String... states) {
        Set<String> wanted = Set.of(states);
        try {
            return new WebDriverWait(browser, limit).until(d -> {
                String now = state();
                return now != null && wanted.contains(now) ? now : null;
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the kiosk did not reach " + wanted + " within " + limit + "; it shows "
                    + state() + ": " + mainText(), e);
        }
    }

    void awaitState(String state) {
        awaitState(Duration.ofSeconds(20), state);
    }

    /**
     * Waits until the kiosk leaves {@code state}, or stays there while the text at {@code css} changes from
     * {@code before}; returns the state then shown.
     */
    String awaitChange(Duration limit, String state, String css, String before) {
        try {
            return new WebDriverWait(browser, limit).until(d -> {
                String now = state();
                if (now == null) {
                    return null;
                }
                return !now.equals(state) || !text(css).equals(before) ? now : null;
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the kiosk stayed on " + state + " for " + limit + ": " + mainText(), e);
        }
    }

    /** The live preview ({@code img.preview}, the app's own MJPEG stream of its camera) shows 640x480 frames. */
    void awaitPreviewFrames() {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> {
            List<WebElement> preview = d.findElements(By.cssSelector("img.preview"));
            return !preview.isEmpty() && ((Number) ((JavascriptExecutor) d)
                    .executeScript("return arguments[0].naturalWidth", preview.get(0))).intValue() == 640;
        });
    }

    /** Saves the screen as the next numbered screenshot, named after the state shown. */
    Path shoot() throws IOException {
        String state = state();
        String name = String.format(Locale.ROOT, "%02d-%s.png", ++shots,
                state == null ? "loading" : state.toLowerCase(Locale.ROOT).replace('_', '-'));
        File png = browser.getScreenshotAs(OutputType.FILE);
        Path target = screenshots.resolve(name);
        Files.copy(png.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    void click(String id) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> {
            try {
                d.findElement(By.id(id)).click();
                return true;
            } catch (StaleElementReferenceException | org.openqa.selenium.NoSuchElementException reloading) {
                return false;
            }
        });
    }

    /** Clicks the button inside the first element matching {@code css} whose text contains {@code text}. */
    void clickButtonIn(String css, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> {
            try {
                for (WebElement e : d.findElements(By.cssSelector(css))) {
                    if (e.getText().contains(text)) {
                        e.findElement(By.tagName("button")).click();
                        return true;
                    }
                }
                return false;
            } catch (StaleElementReferenceException reloading) {
                return false;
            }
        });
    }

    /**
     * Brings a kiosk left mid-flow (by a failed test before) back to the attract screen the way a technician
     * does: maintenance PIN, out of service and back into service.
     */
    void resetThroughMaintenance(String kioskUrl, String pin) {
        browser.get(kioskUrl + "/maintenance");
        browser.findElement(By.id("pin")).sendKeys(pin, org.openqa.selenium.Keys.ENTER);
        click("service");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> "OUT_OF_SERVICE".equals(d.findElement(By.id("flow-state")).getText()));
        click("service");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> "ATTRACT".equals(d.findElement(By.id("flow-state")).getText()));
        click("logout");
        browser.get(kioskUrl + "/");
    }

    String text(String css) {
        try {
            List<WebElement> found = browser.findElements(By.cssSelector(css));
            return found.isEmpty() ? "" : found.get(0).getText();
        } catch (StaleElementReferenceException reloaded) {
            return text(css);
        }
    }

    String mainText() {
        try {
            return text("main");
        } catch (RuntimeException e) {
            return "(page not readable: " + e.getMessage() + ")";
        }
    }

    String htmlLang() {
        return browser.findElement(By.tagName("html")).getAttribute("lang");
    }

    /**
     * Quits the browser and its driver. A Chromium that outlived a failed quit (its driver gone) is found by
     * this run's own profile folder on its command line and stopped too, then the profile is deleted.
     */
    @Override
    public void close() throws IOException {
        try {
            browser.quit();
        } catch (RuntimeException driverGone) {
            // the sweep below stops what is left
        }
        String marker = "--user-data-dir=" + profile;
        ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(args -> List.of(args).contains(marker)).orElse(false))
                .forEach(ProcessHandle::destroyForcibly);
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
