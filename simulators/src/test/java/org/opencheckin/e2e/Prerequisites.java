package org.opencheckin.e2e;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * What the end-to-end test needs from the machine: headless Chromium with its driver, MariaDB on
 * 127.0.0.1:3306 and the backend and kiosk jars built by the reactor. Under {@code CI=true} a missing part
 * fails the test; locally it skips with a message that says what is missing and how to get it.
 */
final class Prerequisites {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String DB_HOST = "127.0.0.1";
    static final int DB_PORT = 3306;

    private Prerequisites() {
    }

    static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Fails under CI, skips otherwise. */
    static void require(boolean present, String whatIsMissing) {
        if (present) {
            return;
        }
        if (onCi()) {
            fail("CI=true and " + whatIsMissing);
        }
        Assumptions.abort(whatIsMissing);
    }

    static void requireChromium() {
        require(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "headless Chromium is missing: " + CHROMIUM + " and " + CHROMEDRIVER
                        + " must exist (apt-get install chromium chromium-driver; scripts/ci-prepare.sh does it)");
    }

    static void requireMariaDb() {
        boolean answers;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(DB_HOST, DB_PORT), 2000);
            answers = true;
        } catch (IOException e) {
            answers = false;
        }
        require(answers, "no MariaDB/MySQL server answers on " + DB_HOST + ":" + DB_PORT
                + " (scripts/ci-prepare.sh installs and starts one)");
    }

    /**
     * The runnable jar of a sibling module: {@code ../<module>/target/<module>-<version>.jar}, without a
     * classifier and not the shade plugin's {@code original-} copy; the newest when there are several versions.
     */
    static Path requireJar(String module) {
        Path target = Path.of("..", module, "target").toAbsolutePath().normalize();
        Pattern name = Pattern.compile(Pattern.quote(module) + "-\\d[\\w.]*(-SNAPSHOT)?\\.jar");
        Optional<Path> jar = Optional.empty();
        if (Files.isDirectory(target)) {
            try (Stream<Path> files = Files.list(target)) {
                jar = files.filter(p -> name.matcher(p.getFileName().toString()).matches())
                        .max(Comparator.comparing(Prerequisites::modified));
            } catch (IOException e) {
                jar = Optional.empty();
            }
        }
        require(jar.isPresent(), "the " + module + " jar is missing under " + target
                + " (build it first: mvn -B -q -pl " + module + " -am install -DskipTests)");
        return jar.orElseThrow();
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
