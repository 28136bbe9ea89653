package org.opencheckin.devices.idcard.codec;

import org.opencheckin.devices.idcard.document.ForeignPermanentResidentCard;
import org.opencheckin.devices.idcard.document.IdDocument;
import org.opencheckin.devices.idcard.document.ResidencePermit;
import org.opencheckin.devices.idcard.document.ResidentIdCard;
import org.opencheckin.devices.idcard.document.Sex;
import org.opencheckin.devices.idcard.document.ValidityPeriod;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The inverse of {@link IdCardTextDecoder}: lays a document out as the 256-byte UCS-2LE block.
 * Used to build fixtures and for round-trip tests; a real card is written by the issuer only.
 */
public final class IdCardTextEncoder {
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private IdCardTextEncoder() {
    }

    public static byte[] encode(IdDocument document) {
        byte[] t = new byte[IdCardTextDecoder.TEXT_LENGTH];
        put(t, 0, 256, "");
        if (document instanceof ResidentIdCard r) {
            common(t, r.name(), r.sex(), r.nationCode(), r.birthDate(), r.address(), r.idNumber(),
                    r.issuingAuthority(), r.validity());
        } else if (document instanceof ResidencePermit p) {
            common(t, p.name(), p.sex(), "", p.birthDate(), p.address(), p.idNumber(), p.issuingAuthority(),
                    p.validity());
            put(t, 220, 238, p.passNumber());
            put(t, 238, 242, String.format("%02d", p.issueCount()));
            put(t, 248, 250, "J");
        } else if (document instanceof ForeignPermanentResidentCard f) {
            put(t, 0, 120, f.englishName());
            put(t, 120, 122, sex(f.sex()));
            put(t, 122, 152, f.cardNumber());
            put(t, 152, 158, f.nationality());
            put(t, 158, 188, f.chineseName());
            validity(t, f.validity());
            put(t, 220, 236, f.birthDate().format(YYYYMMDD));
            put(t, 236, 240, f.cardVersion());
            put(t, 240, 248, f.authorityCode());
            put(t, 248, 250, "I");
        }
        return t;
    }

    private static void common(byte[] t, String name, Sex sex, String nation, LocalDate birth, String address,
                               String id, String authority, ValidityPeriod validity) {
        put(t, 0, 30, name);
        put(t, 30, 32, sex(sex));
        put(t, 32, 36, nation);
        put(t, 36, 52, birth.format(YYYYMMDD));
        put(t, 52, 122, address);
        put(t, 122, 158, id);
        put(t, 158, 188, authority);
        validity(t, validity);
    }

    private static void validity(byte[] t, ValidityPeriod validity) {
        put(t, 188, 204, validity.from().format(YYYYMMDD));
        put(t, 204, 220, validity.isLongTerm() ? "长期" : validity.to().format(YYYYMMDD));
    }

    private static String sex(Sex sex) {
        return switch (sex) {
            case UNKNOWN -> "0";
            case MALE -> "1";
            case FEMALE -> "2";
            case NOT_STATED -> "9";
        };
    }

    /** Writes {@code value} as UCS-2LE into {@code t[from..to)}, padded with spaces. */
    private static void put(byte[] t, int from, int to, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_16LE);
        if (bytes.length > to - from) {
            throw new IllegalArgumentException("field too long for bytes " + from + ".." + (to - 1));
        }
        System.arraycopy(bytes, 0, t, from, bytes.length);
        for (int i = from + bytes.length; i < to; i += 2) {
            t[i] = ' ';
            t[i + 1] = 0;
        }
    }
}
