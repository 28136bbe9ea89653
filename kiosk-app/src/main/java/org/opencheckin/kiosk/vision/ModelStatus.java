package org.opencheckin.kiosk.vision;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Whether the face models can be used, and if not, why in words an operator understands.
 *
 * @param faceVerification the detector and the embedding model are present and loaded
 * @param liveness         the liveness check can run (needs the detector)
 * @param modelDir         the directory that was searched
 * @param reason           "ready", or what is missing and how to fix it (e.g. "run scripts/install-models.sh")
 * @param missing          missing or unreadable model files, by file name
 */
public record ModelStatus(boolean faceVerification, boolean liveness, Path modelDir, String reason,
                          List<String> missing) {

    public ModelStatus {
        Objects.requireNonNull(reason, "reason");
        missing = List.copyOf(missing);
    }
}
