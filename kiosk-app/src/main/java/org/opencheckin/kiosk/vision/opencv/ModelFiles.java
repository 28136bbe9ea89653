package org.opencheckin.kiosk.vision.opencv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Small helpers about model files on disk. */
final class ModelFiles {

    private ModelFiles() {
    }

    /** "fr_feature.onnx@87aacdfe" style identifier for audit records; file name only if unreadable. */
    static String modelId(Path model) {
        try (InputStream in = Files.newInputStream(model)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
            return model.getFileName() + "@" + HexFormat.of().formatHex(sha.digest()).substring(0, 8);
        } catch (IOException | NoSuchAlgorithmException e) {
            return String.valueOf(model.getFileName());
        }
    }
}
