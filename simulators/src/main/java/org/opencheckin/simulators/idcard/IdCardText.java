package org.opencheckin.simulators.idcard;

import org.opencheckin.simulators.guest.Guest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

/**
 * The 256-byte text block of a SAM read (PROTOCOLS.md section 1): UCS-2 little-endian, every field padded
 * with spaces. Three layouts share the block; bytes 248..249 say which ({@code I} foreigner permanent
 * residence card, {@code J} HMT residence permit, space for the resident ID card).
 */
public final class IdCardText {

    public static final int LENGTH = 256;
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
    /** "Long-term" in the valid-to field of a resident card that never expires. */
    static final String LONG_TERM = "长期";

    private IdCardText() {
    }

    public static byte[] encode(Guest guest) {
        byte[] block = new byte[LENGTH];
        put(block, 0, LENGTH, "");
        switch (guest.documentType()) {
            case CN_RESIDENT_ID -> resident(block, guest);
            case CN_FOREIGNER_PR -> foreigner(block, guest);
            case HMT_RESIDENCE_PERMIT -> hmt(block, guest);
            case PASSPORT -> throw new IllegalArgumentException("a passport is read by the MRZ reader, not the SAM reader");
        }
        return block;
    }

    private static void resident(byte[] b, Guest g) {
        put(b, 0, 30, g.fullName());
        put(b, 30, 32, sexCode(g));
        put(b, 32, 36, nz(g.ethnicCode()));
        put(b, 36, 52, date(g.birthDate()));
        put(b, 52, 122, nz(g.address()));
        put(b, 122, 158, g.documentNumber());
        put(b, 158, 188, nz(g.authority()));
        put(b, 188, 204, date(g.validFrom()));
        put(b, 204, 220, g.expiryDate() == null ? LONG_TERM : date(g.expiryDate()));
    }

    /** Offsets derived from a vendor SDK header (PROTOCOLS.md: not confirmed on a card). */
    private static void foreigner(byte[] b, Guest g) {
        put(b, 0, 120, g.latinName());
        put(b, 120, 122, sexCode(g));
        put(b, 122, 152, g.documentNumber());
        put(b, 152, 158, g.nationality());
        put(b, 158, 188, nz(g.chineseName()));
        put(b, 188, 204, date(g.validFrom()));
        put(b, 204, 220, date(g.expiryDate()));
        put(b, 220, 236, date(g.birthDate()));
        put(b, 236, 240, "01");
        put(b, 240, 248, nz(g.authority()));
        put(b, 248, 250, "I");
    }

    private static void hmt(byte[] b, Guest g) {
        put(b, 0, 30, g.fullName());
        put(b, 30, 32, sexCode(g));
        put(b, 36, 52, date(g.birthDate()));
        put(b, 52, 122, nz(g.address()));
        put(b, 122, 158, g.documentNumber());
        put(b, 158, 188, nz(g.authority()));
        put(b, 188, 204, date(g.validFrom()));
        put(b, 204, 220, date(g.expiryDate()));
        put(b, 220, 238, nz(g.passNumber()));
        put(b, 238, 242, nz(g.issueCount()));
        put(b, 248, 250, "J");
    }

    /** The 70-byte "new address" field (command 30 03), same encoding. */
    public static byte[] newAddress(String address) {
        byte[] b = new byte[70];
        put(b, 0, 70, address);
        return b;
    }

    static String sexCode(Guest g) {
        return switch (g.sex() == null ? "" : g.sex()) {
            case "M" -> "1";
            case "F" -> "2";
            default -> "0";
        };
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.format(YYYYMMDD);
    }

    /** Writes {@code text} as UCS-2 LE into {@code [from, to)}, space padded, cut at the field's end. */
    static void put(byte[] block, int from, int to, String text) {
        byte[] utf16 = text.getBytes(StandardCharsets.UTF_16LE);
        int n = Math.min(utf16.length, (to - from) & ~1);
        System.arraycopy(utf16, 0, block, from, n);
        for (int i = from + n; i + 1 < to; i += 2) {
            block[i] = 0x20;
            block[i + 1] = 0;
        }
    }

    /** Reads a field back (for tests and the lock-free self-check of the roster). */
    static String get(byte[] block, int from, int to) {
        return new String(Arrays.copyOfRange(block, from, to), StandardCharsets.UTF_16LE).stripTrailing();
    }
}
