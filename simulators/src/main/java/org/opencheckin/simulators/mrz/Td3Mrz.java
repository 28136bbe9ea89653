package org.opencheckin.simulators.mrz;

import org.opencheckin.simulators.guest.Guest;

import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The two 44-character lines of a passport's machine-readable zone (ICAO Doc 9303 Part 4, TD3), built
 * from a roster guest. Written here, not borrowed from the drivers, so a check-digit bug on one side
 * cannot hide the same bug on the other.
 */
public final class Td3Mrz {

    public static final int LINE_LENGTH = 44;
    private static final int[] WEIGHTS = {7, 3, 1};
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    private Td3Mrz() {
    }

    public static List<String> lines(Guest guest) {
        String issuing = guest.nationality();
        String name = field(guest.surname()) + "<<" + field(guest.givenNames());
        String line1 = pad("P<" + issuing + name);
        String number = pad(field(guest.documentNumber()), 9);
        String birth = guest.birthDate().format(YYMMDD);
        String expiry = guest.expiryDate().format(YYMMDD);
        String personal = pad("", 14);
        String sex = "M".equals(guest.sex()) || "F".equals(guest.sex()) ? guest.sex() : "<";
        String body = number + checkDigit(number) + guest.nationality() + birth + checkDigit(birth) + sex
                + expiry + checkDigit(expiry) + personal + checkDigit(personal);
        String composite = body.substring(0, 10) + body.substring(13, 20) + body.substring(21, 43);
        return List.of(line1, body + checkDigit(composite));
    }

    /** Doc 9303 Part 3 section 4.9: weights 7, 3, 1; {@code <} = 0, A..Z = 10..35; sum mod 10. */
    public static int checkDigit(String s) {
        int sum = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int v;
            if (c >= '0' && c <= '9') {
                v = c - '0';
            } else if (c >= 'A' && c <= 'Z') {
                v = c - 'A' + 10;
            } else if (c == '<') {
                v = 0;
            } else {
                throw new IllegalArgumentException("not an MRZ character: " + c);
            }
            sum += v * WEIGHTS[i % 3];
        }
        return sum % 10;
    }

    /** Upper case, accents dropped, spaces and hyphens as {@code <}, anything else removed. */
    static String field(String s) {
        if (s == null) {
            return "";
        }
        String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toUpperCase();
        StringBuilder out = new StringBuilder();
        for (char c : plain.toCharArray()) {
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                out.append(c);
            } else if (c == ' ' || c == '-' || c == '\'') {
                out.append('<');
            }
        }
        return out.toString();
    }

    private static String pad(String s) {
        return pad(s, LINE_LENGTH);
    }

    private static String pad(String s, int length) {
        if (s.length() >= length) {
            return s.substring(0, length);
        }
        return s + "<".repeat(length - s.length());
    }

}
