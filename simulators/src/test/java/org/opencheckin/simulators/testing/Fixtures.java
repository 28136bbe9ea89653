package org.opencheckin.simulators.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/** Reads the frame fixtures under {@code src/test/resources/frames}: hex bytes, {@code #} comment lines. */
public final class Fixtures {

    private Fixtures() {
    }

    public static byte[] hex(String name) {
        String hex = lines(name).stream().collect(Collectors.joining()).replaceAll("\\s+", "");
        return HexFormat.of().parseHex(hex);
    }

    public static List<String> lines(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/frames/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture frames/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String toHex(byte[] bytes) {
        return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes);
    }
}
