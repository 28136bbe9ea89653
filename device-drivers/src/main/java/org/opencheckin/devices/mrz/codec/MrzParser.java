package org.opencheckin.devices.mrz.codec;

import org.opencheckin.devices.mrz.document.MrzDocument;
import org.opencheckin.devices.mrz.document.MrzFormat;
import org.opencheckin.devices.mrz.document.MrzSex;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

/**
 * Parses TD1, TD2 and TD3 machine-readable zones (ICAO Doc 9303 parts 4, 5 and 6) and verifies
 * every check digit including the composite one.
 *
 * <p>OCR confusions are repaired only where the spec allows nothing but digits (dates and check
 * digits: O/Q/D for 0, I/L for 1, Z for 2, S for 5, G for 6, B for 8) and only when the field's
 * check digit and the composite check digit then confirm the repair. Names and document numbers
 * are never changed.
 *
 * <p>Two-digit years (PROTOCOLS.md section 2): a birth date in the future belongs to the last
 * century, expiry dates to this one. Stateless and thread-safe.
 */
public final class MrzParser {

    private MrzParser() {
    }

    public static MrzDocument parse(List<String> lines, LocalDate today) throws MrzFormatException {
        if (lines == null || lines.isEmpty()) {
            throw new MrzFormatException("no MRZ lines");
        }
        MrzFormat format = MrzFormat.ofLineLength(lines.get(0).length());
        if (format == null) {
            throw new MrzFormatException("line length " + lines.get(0).length() + " is not 30, 36 or 44");
        }
        if (lines.size() != format.lines()) {
            throw new MrzFormatException(format + " needs " + format.lines() + " lines, got " + lines.size());
        }
        char[][] l = new char[lines.size()][];
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.length() != format.lineLength()) {
                throw new MrzFormatException("line " + (i + 1) + " has " + line.length() + " characters, "
                        + format + " needs " + format.lineLength());
            }
            for (int j = 0; j < line.length(); j++) {
                CheckDigit.value(line.charAt(j));
            }
            l[i] = line.toCharArray();
        }
        Repairs repairs = new Repairs();
        return switch (format) {
            case TD3 -> td3(l, today, repairs);
            case TD2 -> td2(l, today, repairs);
            case TD1 -> td1(l, today, repairs);
        };
    }

    private static MrzDocument td3(char[][] l, LocalDate today, Repairs repairs) throws MrzFormatException {
        char[] a = l[0];
        char[] b = l[1];
        String number = documentNumber(b, 0, 9, b, 9, null, 0, repairs);
        LocalDate birth = date(b, 13, 19, "birth date", repairs, today, true);
        LocalDate expiry = date(b, 21, 27, "expiry date", repairs, today, false);
        String personal = text(b, 28, 42);
        if (!(personal.isEmpty() && (b[42] == '<' || b[42] == '0'))) {
            verify(b, 28, 42, b, 42, "personal number", false, repairs);
        }
        composite(b, 43, repairs, new int[][] {{1, 0, 10}, {1, 13, 20}, {1, 21, 43}}, l);
        String[] names = names(a, 5, 44);
        return new MrzDocument(MrzFormat.TD3, text(a, 0, 2), text(a, 2, 5), number, text(b, 10, 13), birth,
                sex(b[20]), expiry, names[0], names[1], personal, repairs.any);
    }

    private static MrzDocument td2(char[][] l, LocalDate today, Repairs repairs) throws MrzFormatException {
        char[] a = l[0];
        char[] b = l[1];
        String number = documentNumber(b, 0, 9, b, 9, b, 28, repairs);
        LocalDate birth = date(b, 13, 19, "birth date", repairs, today, true);
        LocalDate expiry = date(b, 21, 27, "expiry date", repairs, today, false);
        composite(b, 35, repairs, new int[][] {{1, 0, 10}, {1, 13, 20}, {1, 21, 35}}, l);
        String[] names = names(a, 5, 36);
        String optional = b[9] == '<' ? afterExtension(b, 28, 35) : text(b, 28, 35);
        return new MrzDocument(MrzFormat.TD2, text(a, 0, 2), text(a, 2, 5), number, text(b, 10, 13), birth,
                sex(b[20]), expiry, names[0], names[1], optional, repairs.any);
    }

    private static MrzDocument td1(char[][] l, LocalDate today, Repairs repairs) throws MrzFormatException {
        char[] a = l[0];
        char[] b = l[1];
        String number = documentNumber(a, 5, 14, a, 14, a, 15, repairs);
        LocalDate birth = date(b, 0, 6, "birth date", repairs, today, true);
        LocalDate expiry = date(b, 8, 14, "expiry date", repairs, today, false);
        composite(b, 29, repairs, new int[][] {{0, 5, 30}, {1, 0, 7}, {1, 8, 15}, {1, 18, 29}}, l);
        String[] names = names(l[2], 0, 30);
        String optional1 = a[14] == '<' ? afterExtension(a, 15, 30) : text(a, 15, 30);
        String optional = join(optional1, text(b, 18, 29));
        return new MrzDocument(MrzFormat.TD1, text(a, 0, 2), text(a, 2, 5), number, text(b, 15, 18), birth,
                sex(b[7]), expiry, names[0], names[1], optional, repairs.any);
    }

    /**
     * Document number with its check digit. When the check digit position holds '<' (TD1, TD2),
     * the number is longer than 9 characters: it continues in the optional data up to the first
     * filler, whose last character is the check digit (Doc 9303 part 5, 4.2.2 note j).
     */
    private static String documentNumber(char[] line, int from, int to, char[] checkLine, int checkAt,
                                         char[] extLine, int extFrom, Repairs repairs) throws MrzFormatException {
        if (checkLine[checkAt] == '<' && extLine != null) {
            int end = extFrom;
            while (end < extLine.length && extLine[end] != '<') {
                end++;
            }
            if (end - extFrom < 2) {
                throw new MrzFormatException("long document number has no extension");
            }
            String full = new String(line, from, to - from) + new String(extLine, extFrom, end - 1 - extFrom);
            if (CheckDigit.of(full) != extLine[end - 1]) {
                throw new MrzFormatException("check digit of document number does not verify");
            }
            return full.replace("<", "");
        }
        verify(line, from, to, checkLine, checkAt, "document number", false, repairs);
        return text(line, from, to);
    }

    private static String afterExtension(char[] line, int from, int to) {
        int end = from;
        while (end < to && line[end] != '<') {
            end++;
        }
        return text(line, end, to);
    }

    private static LocalDate date(char[] line, int from, int to, String what, Repairs repairs, LocalDate today,
                                  boolean birth) throws MrzFormatException {
        verify(line, from, to, line, to, what, true, repairs);
        for (int i = from; i < to; i++) {
            if (line[i] < '0' || line[i] > '9') {
                throw new MrzFormatException(what + " is not YYMMDD");
            }
        }
        int yy = (line[from] - '0') * 10 + (line[from + 1] - '0');
        int mm = (line[from + 2] - '0') * 10 + (line[from + 3] - '0');
        int dd = (line[from + 4] - '0') * 10 + (line[from + 5] - '0');
        int century = (today.getYear() / 100) * 100;
        try {
            LocalDate date = LocalDate.of(century + yy, mm, dd);
            if (birth && date.isAfter(today)) {
                date = date.minusYears(100);
            }
            return date;
        } catch (DateTimeException e) {
            throw new MrzFormatException(what + " is not a calendar date");
        }
    }

    /** Verifies {@code line[from..to)} against the check digit at {@code checkLine[checkAt]}, repairing if allowed. */
    private static void verify(char[] line, int from, int to, char[] checkLine, int checkAt, String what,
                               boolean numericField, Repairs repairs) throws MrzFormatException {
        String field = new String(line, from, to - from);
        if (CheckDigit.of(field) == checkLine[checkAt]) {
            return;
        }
        String repairedField = numericField ? numeric(field) : field;
        char repairedCheck = numeric(String.valueOf(checkLine[checkAt])).charAt(0);
        if (CheckDigit.of(repairedField) == repairedCheck) {
            repairedField.getChars(0, repairedField.length(), line, from);
            checkLine[checkAt] = repairedCheck;
            repairs.any = true;
            return;
        }
        throw new MrzFormatException("check digit of " + what + " does not verify");
    }

    private static void composite(char[] line, int checkAt, Repairs repairs, int[][] ranges, char[][] lines)
            throws MrzFormatException {
        StringBuilder sb = new StringBuilder(64);
        for (int[] r : ranges) {
            sb.append(lines[r[0]], r[1], r[2] - r[1]);
        }
        char computed = CheckDigit.of(sb);
        if (computed == line[checkAt]) {
            return;
        }
        if (computed == numeric(String.valueOf(line[checkAt])).charAt(0)) {
            line[checkAt] = computed;
            repairs.any = true;
            return;
        }
        throw new MrzFormatException("composite check digit does not verify");
    }

    /** Maps the usual OCR letter-for-digit confusions to digits. */
    static String numeric(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = switch (c[i]) {
                case 'O', 'Q', 'D' -> '0';
                case 'I', 'L' -> '1';
                case 'Z' -> '2';
                case 'S' -> '5';
                case 'G' -> '6';
                case 'B' -> '8';
                default -> c[i];
            };
        }
        return new String(c);
    }

    private static MrzSex sex(char c) throws MrzFormatException {
        return switch (c) {
            case 'M' -> MrzSex.MALE;
            case 'F' -> MrzSex.FEMALE;
            case '<', 'X' -> MrzSex.UNSPECIFIED;
            default -> throw new MrzFormatException("sex is not M, F, X or <");
        };
    }

    /** Surname and given names: primary and secondary identifier separated by "<<". */
    private static String[] names(char[] line, int from, int to) throws MrzFormatException {
        String field = new String(line, from, to - from);
        int split = field.indexOf("<<");
        String surname = split < 0 ? field : field.substring(0, split);
        String given = split < 0 ? "" : field.substring(split + 2);
        surname = words(surname);
        if (surname.isEmpty()) {
            throw new MrzFormatException("primary identifier (surname) is empty");
        }
        return new String[] {surname, words(given)};
    }

    private static String words(String s) {
        return s.replace('<', ' ').trim().replaceAll(" +", " ");
    }

    private static String text(char[] line, int from, int to) {
        return new String(line, from, to - from).replace("<", " ").trim().replaceAll(" +", " ");
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + " " + b;
    }

    private static final class Repairs {
        boolean any;
    }
}
