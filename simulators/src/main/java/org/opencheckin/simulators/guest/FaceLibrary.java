package org.opencheckin.simulators.guest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The face photos of {@code ../shared/faces/dev} ({@code labels.csv}: file, identity). The photos are
 * never copied into the repository; without the folder every lookup is empty and guests have no face.
 */
public final class FaceLibrary {

    /** YuNet, in {@code <sharedDir>/models}: it is there whenever {@code faces} is. */
    static final String DETECTOR_MODEL = "face_detection_yunet_2023mar.onnx";

    private final Map<String, List<Path>> byIdentity;
    private final Path sharedDir;

    private FaceLibrary(Map<String, List<Path>> byIdentity, Path sharedDir) {
        this.byIdentity = byIdentity;
        this.sharedDir = sharedDir;
    }

    public static FaceLibrary empty() {
        return new FaceLibrary(Map.of(), null);
    }

    /** Reads {@code <sharedDir>/faces/dev/labels.csv}; an empty library when it is not there. */
    public static FaceLibrary fromSharedDir(Path sharedDir) throws IOException {
        if (sharedDir == null) {
            return empty();
        }
        Path dev = sharedDir.resolve("faces").resolve("dev");
        Path labels = dev.resolve("labels.csv");
        if (!Files.isRegularFile(labels)) {
            return empty();
        }
        Map<String, List<Path>> map = new LinkedHashMap<>();
        for (String line : Files.readAllLines(labels, StandardCharsets.UTF_8)) {
            String[] cells = line.split(",");
            if (cells.length < 2 || cells[0].equals("file")) {
                continue;
            }
            Path file = dev.resolve(cells[0].trim());
            if (Files.isRegularFile(file)) {
                map.computeIfAbsent(cells[1].trim(), k -> new ArrayList<>()).add(file);
            }
        }
        return new FaceLibrary(map, sharedDir);
    }

    /**
     * Finds the shared folder the way the tests agree on: system property {@code shared.dir}, else
     * {@code ../shared} or {@code ../../shared} from the working directory.
     */
    public static Optional<Path> locateSharedDir() {
        String property = System.getProperty("shared.dir");
        if (property != null && Files.isDirectory(Path.of(property))) {
            return Optional.of(Path.of(property));
        }
        for (String candidate : List.of("../shared", "../../shared")) {
            Path p = Path.of(candidate);
            if (Files.isDirectory(p)) {
                return Optional.of(p.toAbsolutePath().normalize());
            }
        }
        return Optional.empty();
    }

    /** Where the face detector's model should be ({@code <sharedDir>/models}); empty for an empty library. */
    public Optional<Path> detectorModel() {
        return sharedDir == null ? Optional.empty() : Optional.of(sharedDir.resolve("models").resolve(DETECTOR_MODEL));
    }

    public boolean isEmpty() {
        return byIdentity.isEmpty();
    }

    /** The photo that becomes the card portrait: the identity's first photo. */
    public Optional<Path> portraitPhoto(String identity) {
        List<Path> files = byIdentity.getOrDefault(identity, List.of());
        return files.isEmpty() ? Optional.empty() : Optional.of(files.get(0));
    }

    /**
     * Photos for the live camera. For the card holder they are the identity's other photos (never the
     * portrait itself, so face matching is not trivially exact); an identity with one photo reuses it.
     */
    public List<Path> livePhotos(String identity, boolean excludePortrait) {
        List<Path> files = byIdentity.getOrDefault(identity, List.of());
        if (excludePortrait && files.size() > 1) {
            return files.subList(1, files.size());
        }
        return files;
    }
}
