package org.opencheckin.simulators.guest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The simulated guests. The bundled roster is {@code simulators/src/main/resources/guests.json}; the
 * backend's demo seed reads the same file so that its reservations match these documents.
 */
public final class GuestRoster {

    public static final String RESOURCE = "/guests.json";

    private final Map<String, Guest> guests;

    private GuestRoster(Map<String, Guest> guests) {
        this.guests = guests;
    }

    public static GuestRoster bundled() {
        try (InputStream in = GuestRoster.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing from the classpath");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static GuestRoster load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in);
        }
    }

    static GuestRoster parse(InputStream in) throws IOException {
        ObjectMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        JsonNode root = mapper.readTree(in);
        List<Guest> raw = new ArrayList<>();
        for (JsonNode node : root.path("guests")) {
            raw.add(mapper.treeToValue(node, Guest.class));
        }
        Map<String, Guest> byId = new LinkedHashMap<>();
        for (Guest g : raw) {
            byId.put(g.id(), g);
        }
        Map<String, Guest> resolved = new LinkedHashMap<>();
        for (Guest g : raw) {
            if (g.isImpostor()) {
                Guest document = byId.get(g.impostorOf());
                if (document == null) {
                    throw new IOException("impostor " + g.id() + " holds the document of unknown guest " + g.impostorOf());
                }
                resolved.put(g.id(), g.holding(document));
            } else {
                resolved.put(g.id(), g);
            }
        }
        return new GuestRoster(Collections.unmodifiableMap(resolved));
    }

    public Guest get(String id) {
        Guest guest = guests.get(id);
        if (guest == null) {
            throw new NoSuchElementException("no guest " + id + " in the roster");
        }
        return guest;
    }

    public List<Guest> all() {
        return List.copyOf(guests.values());
    }
}
