package org.opencheckin.devices.idcard.document;

/**
 * ISO 7064 MOD 11-2, the check character of the 18-character citizen identification number
 * (GB 11643): weights 2^(17-i) mod 11, check = (12 - sum mod 11) mod 11, 10 written as 'X'.
 */
public final class Iso7064 {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    private Iso7064() {
    }

    /** Check character for 17 digits; throws IllegalArgumentException for anything else. */
    public static char mod11_2(CharSequence first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("need 17 digits, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = first17.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not a digit at " + i);
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        int check = (12 - sum % 11) % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }

    /** True when the string is 17 digits followed by their MOD 11-2 check character. */
    public static boolean isValid(CharSequence idNumber) {
        if (idNumber.length() != 18) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            char c = idNumber.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return mod11_2(idNumber.subSequence(0, 17)) == idNumber.charAt(17);
    }
}
