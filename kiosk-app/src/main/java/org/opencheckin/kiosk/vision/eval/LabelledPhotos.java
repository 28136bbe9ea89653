package org.opencheckin.kiosk.vision.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A directory of face photos with {@code labels.csv} ({@code file,identity}, one header line).
 * Every two files with the same identity form a genuine pair, every other two an impostor pair.
 */
public record LabelledPhotos(Path dir, List<Photo> photos) {

    public record Photo(Path file, String identity) {
    }

    public static LabelledPhotos read(Path dir) throws IOException {
        Path labels = dir.resolve("labels.csv");
        if (!Files.isRegularFile(labels)) {
            throw new IOException(labels + " not found (expected file,identity lines)");
        }
        List<Photo> photos = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(labels, StandardCharsets.UTF_8)) {
            lineNo++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || (lineNo == 1 && trimmed.equalsIgnoreCase("file,identity"))) {
                continue;
            }
            int comma = trimmed.lastIndexOf(',');
            if (comma <= 0 || comma == trimmed.length() - 1) {
                throw new IOException(labels + " line " + lineNo + ": expected file,identity");
            }
            Path file = dir.resolve(trimmed.substring(0, comma).strip());
            if (!Files.isRegularFile(file)) {
                throw new IOException(labels + " line " + lineNo + ": file " + file.getFileName() + " not found");
            }
            photos.add(new Photo(file, trimmed.substring(comma + 1).strip()));
        }
        if (photos.size() < 2) {
            throw new IOException(labels + " lists fewer than two photos");
        }
        return new LabelledPhotos(dir, List.copyOf(photos));
    }

    /** Reads a photo's bytes. */
    public static byte[] bytes(Photo photo) {
        try {
            return Files.readAllBytes(photo.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
