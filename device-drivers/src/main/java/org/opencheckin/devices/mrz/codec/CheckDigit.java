package org.opencheckin.devices.mrz.codec;

/**
 * ICAO Doc 9303 part 3, 4.9: weights 7, 3, 1 repeating; {@code <} = 0, digits their value,
 * A..Z = 10..35; the check digit is the sum mod 10.
 */
public final class CheckDigit {
    private static final int[] WEIGHTS = {7, 3, 1};

    private CheckDigit() {
    }

    /** Check digit of {@code s}; throws MrzFormatException for a character outside the alphabet. */
    public static char of(CharSequence s) throws MrzFormatException {
        int sum = 0;
        for (int i = 0; i < s.length(); i++) {
            sum += value(s.charAt(i)) * WEIGHTS[i % 3];
        }
        return (char) ('0' + sum % 10);
    }

    static int value(char c) throws MrzFormatException {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        if (c == '<') {
            return 0;
        }
        throw new MrzFormatException("character outside the MRZ alphabet");
    }
}
