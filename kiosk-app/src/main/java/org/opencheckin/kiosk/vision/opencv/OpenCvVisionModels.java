package org.opencheckin.kiosk.vision.opencv;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opencheckin.kiosk.vision.ModelStatus;
import org.opencheckin.kiosk.vision.VisionModels;

/**
 * Looks for the model files and loads the face pipeline once. Never throws: a missing file, a
 * corrupt model or a missing native library becomes an unavailable {@link ModelStatus} whose reason
 * says what to do.
 */
public final class OpenCvVisionModels implements VisionModels {

    private final ModelStatus status;
    private final FacePipeline pipeline;

    public OpenCvVisionModels(FaceModelSettings settings) {
        Path dir = settings.modelDir().toAbsolutePath().normalize();
        List<String> missing = new ArrayList<>();
        for (Path model : List.of(settings.detectorPath(), settings.embedderPath())) {
            if (!Files.isRegularFile(model) || !Files.isReadable(model)) {
                missing.add(model.getFileName().toString());
            }
        }
        FacePipeline loaded = null;
        String reason;
        if (!missing.isEmpty()) {
            reason = "face models missing in " + dir + ": " + String.join(", ", missing)
                    + "; run scripts/install-models.sh (identity checks go to staff until then)";
        } else {
            try {
                loaded = new FacePipeline(settings);
                reason = "ready: " + settings.detectorFile() + ", " + loaded.modelId();
            } catch (RuntimeException | LinkageError e) {
                reason = "face models in " + dir + " could not be loaded: " + e.getMessage()
                        + " (identity checks go to staff)";
            }
        }
        this.pipeline = loaded;
        boolean ready = loaded != null;
        this.status = new ModelStatus(ready, ready, dir, reason, missing);
    }

    @Override
    public ModelStatus status() {
        return status;
    }

    /** The loaded pipeline, when the models are available. */
    public Optional<FacePipeline> pipeline() {
        return Optional.ofNullable(pipeline);
    }
}
