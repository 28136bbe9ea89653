package org.opencheckin.devices.testing;

import org.opencheckin.devices.Hex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A frame fixture: {@code src/test/resources/frames/<device>/<name>.hex}, comment lines
 * {@code # key: value} (source, kind and the expected decoded fields) followed by the hex bytes.
 */
public record Fixture(String name, Map<String, String> fields, byte[] bytes) {

    public String get(String key) {
        String v = fields.get(key);
        if (v == null) {
            throw new IllegalStateException(name + " has no '" + key + "' line");
        }
        return v;
    }

    public boolean has(String key) {
        return fields.containsKey(key);
    }

    public byte[] hex(String key) {
        return Hex.parse(get(key));
    }

    public int hexByte(String key) {
        return Integer.parseInt(get(key), 16);
    }

    @Override
    public String toString() {
        return name;
    }

    public static Fixture load(Path file) {
        try {
            Map<String, String> fields = new LinkedHashMap<>();
            StringBuilder hex = new StringBuilder();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("#")) {
                    String body = line.substring(1).trim();
                    int colon = body.indexOf(':');
                    fields.put(body.substring(0, colon).trim(), body.substring(colon + 1).trim());
                } else {
                    hex.append(line).append(' ');
                }
            }
            if (!fields.containsKey("source")) {
                throw new IllegalStateException(file + " does not say where its bytes came from");
            }
            String name = file.getParent().getFileName() + "/" + file.getFileName();
            return new Fixture(name, fields, Hex.parse(hex));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every fixture of one device folder, e.g. {@code all("idcard")}. */
    public static List<Fixture> all(String device) {
        URL url = Fixture.class.getResource("/frames/" + device);
        if (url == null) {
            throw new IllegalStateException("no fixture folder frames/" + device);
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            return files.filter(p -> p.toString().endsWith(".hex")).sorted().map(Fixture::load).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Fixture named(String device, String name) {
        return all(device).stream().filter(f -> f.name().equals(device + "/" + name + ".hex")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no fixture " + device + "/" + name));
    }
}
