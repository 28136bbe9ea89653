package org.opencheckin.devices.idcard.codec;

import org.opencheckin.devices.idcard.document.ForeignPermanentResidentCard;
import org.opencheckin.devices.idcard.document.IdDocument;
import org.opencheckin.devices.idcard.document.Iso7064;
import org.opencheckin.devices.idcard.document.ResidencePermit;
import org.opencheckin.devices.idcard.document.ResidentIdCard;
import org.opencheckin.devices.idcard.document.Sex;
import org.opencheckin.devices.idcard.document.ValidityPeriod;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Decodes the 256-byte UCS-2 little-endian text block, PROTOCOLS.md section 1. The card type is
 * the character at bytes 248..249: blank for the resident ID card, 'I' for the foreigner's
 * permanent residence card, 'J' for the Hong Kong/Macau/Taiwan residence permit. Every field is
 * validated (dates, codes, the ID number's ISO 7064 check digit), so a corrupted byte fails the
 * read instead of producing a wrong value. Stateless and thread-safe.
 */
public final class IdCardTextDecoder {
    public static final int TEXT_LENGTH = 256;
    private static final String LONG_TERM = "长期";
    private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern CARD_NUMBER_I = Pattern.compile("[A-Z0-9]{15}");
    private static final Pattern TWO_DIGITS = Pattern.compile("[0-9]{2}");
    private static final Pattern YYYYMMDD = Pattern.compile("[0-9]{8}");

    private IdCardTextDecoder() {
    }

    public static IdDocument decode(byte[] text) throws IdCardTextException {
        if (text == null || text.length != TEXT_LENGTH) {
            throw new IdCardTextException("text block must be " + TEXT_LENGTH + " bytes, got "
                    + (text == null ? 0 : text.length));
        }
        String type = field(text, 248, 250);
        return switch (type) {
            case "" -> resident(text);
            case "I" -> foreigner(text);
            case "J" -> permit(text);
            default -> throw new IdCardTextException("unsupported card type '" + printable(type) + "'");
        };
    }

    private static ResidentIdCard resident(byte[] t) throws IdCardTextException {
        String idNumber = idNumber(t);
        return new ResidentIdCard(required(t, 0, 30, "name"), sex(t, 30), nation(t), date(t, 36, "birth date"),
                field(t, 52, 122), idNumber, field(t, 158, 188), validity(t));
    }

    private static ResidencePermit permit(byte[] t) throws IdCardTextException {
        String issueCount = field(t, 238, 242);
        int count;
        try {
            count = Integer.parseInt(issueCount);
        } catch (NumberFormatException e) {
            throw new IdCardTextException("issue count is not a number");
        }
        if (count < 0) {
            throw new IdCardTextException("issue count is negative");
        }
        return new ResidencePermit(required(t, 0, 30, "name"), sex(t, 30), date(t, 36, "birth date"),
                field(t, 52, 122), idNumber(t), field(t, 158, 188), validity(t),
                required(t, 220, 238, "pass number"), count);
    }

    private static ForeignPermanentResidentCard foreigner(byte[] t) throws IdCardTextException {
        String nationality = required(t, 152, 158, "nationality");
        if (!ALPHA3.matcher(nationality).matches()) {
            throw new IdCardTextException("nationality is not ISO 3166 alpha-3");
        }
        String cardNumber = required(t, 122, 152, "card number");
        if (!CARD_NUMBER_I.matcher(cardNumber).matches()) {
            throw new IdCardTextException("card number is not 15 letters or digits");
        }
        return new ForeignPermanentResidentCard(required(t, 0, 120, "English name"), sex(t, 120), cardNumber,
                nationality, field(t, 158, 188), validity(t), date(t, 220, "birth date"),
                field(t, 236, 240), field(t, 240, 248));
    }

    private static String idNumber(byte[] t) throws IdCardTextException {
        String id = required(t, 122, 158, "ID number");
        if (!Iso7064.isValid(id)) {
            throw new IdCardTextException("ID number fails its ISO 7064 MOD 11-2 check");
        }
        return id;
    }

    private static String nation(byte[] t) throws IdCardTextException {
        String code = field(t, 32, 36);
        if (!TWO_DIGITS.matcher(code).matches()) {
            throw new IdCardTextException("nation code is not two digits");
        }
        return code;
    }

    private static Sex sex(byte[] t, int at) throws IdCardTextException {
        String code = field(t, at, at + 2);
        return switch (code) {
            case "0" -> Sex.UNKNOWN;
            case "1" -> Sex.MALE;
            case "2" -> Sex.FEMALE;
            case "9" -> Sex.NOT_STATED;
            default -> throw new IdCardTextException("sex code '" + printable(code) + "' is not 0, 1, 2 or 9");
        };
    }

    private static ValidityPeriod validity(byte[] t) throws IdCardTextException {
        LocalDate from = date(t, 188, "valid-from date");
        String to = field(t, 204, 220);
        if (to.equals(LONG_TERM)) {
            return new ValidityPeriod(from, null);
        }
        LocalDate until = date(t, 204, "valid-to date");
        if (until.isBefore(from)) {
            throw new IdCardTextException("valid-to date is before valid-from date");
        }
        return new ValidityPeriod(from, until);
    }

    private static LocalDate date(byte[] t, int at, String what) throws IdCardTextException {
        String s = field(t, at, at + 16);
        if (!YYYYMMDD.matcher(s).matches()) {
            throw new IdCardTextException(what + " is not YYYYMMDD");
        }
        try {
            return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)),
                    Integer.parseInt(s.substring(6, 8)));
        } catch (DateTimeException e) {
            throw new IdCardTextException(what + " is not a calendar date");
        }
    }

    private static String required(byte[] t, int from, int to, String what) throws IdCardTextException {
        String s = field(t, from, to);
        if (s.isEmpty()) {
            throw new IdCardTextException(what + " is empty");
        }
        return s;
    }

    /** UCS-2LE text of {@code t[from..to)} without the space (and NUL) padding. */
    static String field(byte[] t, int from, int to) {
        String s = new String(t, from, to - from, StandardCharsets.UTF_16LE);
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\0')) {
            end--;
        }
        int start = 0;
        while (start < end && (s.charAt(start) == ' ' || s.charAt(start) == '\0')) {
            start++;
        }
        return s.substring(start, end);
    }

    private static String printable(String s) {
        return s.chars().allMatch(c -> c >= 0x20 && c < 0x7F) ? s : "?";
    }
}
