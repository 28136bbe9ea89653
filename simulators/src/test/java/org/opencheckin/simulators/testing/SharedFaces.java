package org.opencheckin.simulators.testing;

import org.junit.jupiter.api.Assumptions;
import org.opencheckin.simulators.guest.FaceLibrary;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.fail;

/** The face photos of ../shared/faces: a test needing them fails on CI (CI=true) and skips locally when they are missing. */
public final class SharedFaces {

    private SharedFaces() {
    }

    public static FaceLibrary require() throws IOException {
        Optional<Path> shared = FaceLibrary.locateSharedDir();
        FaceLibrary faces = FaceLibrary.fromSharedDir(shared.orElse(null));
        if (faces.isEmpty()) {
            String what = "face photos missing: ../shared/faces/dev/labels.csv (system property shared.dir="
                    + System.getProperty("shared.dir") + ")";
            if ("true".equals(System.getenv("CI"))) {
                fail(what);
            }
            Assumptions.assumeTrue(false, what);
        }
        return faces;
    }
}
