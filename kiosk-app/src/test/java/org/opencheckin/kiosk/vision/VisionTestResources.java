package org.opencheckin.kiosk.vision;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds the face models ({@code <repo>/models}, or {@code -Dmodels.dir}) and the shared face photos
 * ({@code -Dshared.dir}, else {@code ../../shared} or {@code ../shared}). When one is missing a
 * test fails if {@code CI=true} and is skipped (with the reason) otherwise.
 */
public final class VisionTestResources {

    public static final String DETECTOR = "face_detection_yunet_2023mar.onnx";
    public static final String EMBEDDER = "fr_feature.onnx";

    private VisionTestResources() {
    }

    public static Path modelDir() {
        String property = System.getProperty("models.dir");
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath();
        }
        for (Path candidate : List.of(Path.of("..", "models"), Path.of("models"))) {
            if (Files.isRegularFile(candidate.resolve(EMBEDDER))) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        return Path.of("..", "models").toAbsolutePath().normalize();
    }

    /** The model directory, after making sure the detector and the embedder are in it. */
    public static Path requireModels() {
        Path dir = modelDir();
        for (String file : List.of(DETECTOR, EMBEDDER)) {
            require(Files.isRegularFile(dir.resolve(file)),
                    "face model " + dir.resolve(file) + " is missing; run scripts/install-models.sh");
        }
        return dir;
    }

    /** {@code shared/faces/dev}, after making sure its labels.csv is there. */
    public static Path requireDevFaces() {
        Path dev = sharedDir().resolve("faces").resolve("dev");
        require(Files.isRegularFile(dev.resolve("labels.csv")),
                "face photos " + dev + "/labels.csv are missing; set -Dshared.dir to the shared directory");
        return dev;
    }

    static Path sharedDir() {
        String property = System.getProperty("shared.dir");
        if (property != null && !property.isBlank() && Files.isDirectory(Path.of(property))) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        for (Path candidate : List.of(Path.of("..", "..", "shared"), Path.of("..", "shared"))) {
            if (Files.isDirectory(candidate)) {
                return candidate.toAbsolutePath().normalize();
            }
        }
        return Path.of("..", "..", "shared").toAbsolutePath().normalize();
    }

    private static void require(boolean present, String what) {
        if (present) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(what + " (CI=true: missing test resources are a failure)");
        }
        assumeTrue(false, what);
    }
}
