package org.opencheckin.backend.service;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The comparable key of a guest name: accents removed, upper case, letters and digits only,
 * words sorted. "Eriksson, Anna-Maria" and "ANNA MARIA ERIKSSON" (MRZ order differs from the
 * PMS's) both become "ANNA ERIKSSON MARIA".
 */
public final class GuestNames {
    private GuestNames() {
    }

    public static String key(String fullName) {
        String plain = Normalizer.normalize(fullName, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return Arrays.stream(plain.toUpperCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .sorted()
                .collect(Collectors.joining(" "));
    }
}
