package org.opencheckin.devices.testing;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds ../shared: system property shared.dir, else ../../shared or ../shared. */
public final class SharedDir {
    private SharedDir() {
    }

    /** The file, or a failed test under CI=true / a skipped one locally when it is missing. */
    public static Path require(String file) {
        String prop = System.getProperty("shared.dir");
        for (String candidate : new String[] {prop, "../../shared", "../shared"}) {
            if (candidate != null && Files.isRegularFile(Path.of(candidate, file))) {
                return Path.of(candidate, file);
            }
        }
        String message = "shared/" + file + " not found (system property shared.dir=" + prop + ")";
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError(message);
        }
        Assumptions.assumeTrue(false, message);
        return null;
    }
}
