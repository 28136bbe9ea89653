package org.opencheckin.devices.mrz.document;

/** ICAO Doc 9303 machine-readable zone formats: lines x characters. */
public enum MrzFormat {
    /** ID cards, Doc 9303 part 5: 3 lines of 30. */
    TD1(3, 30),
    /** Doc 9303 part 6: 2 lines of 36. */
    TD2(2, 36),
    /** Passports, Doc 9303 part 4: 2 lines of 44. */
    TD3(2, 44);

    private final int lines;
    private final int lineLength;

    MrzFormat(int lines, int lineLength) {
        this.lines = lines;
        this.lineLength = lineLength;
    }

    public int lines() {
        return lines;
    }

    public int lineLength() {
        return lineLength;
    }

    /** The format whose lines have this length, or null. */
    public static MrzFormat ofLineLength(int length) {
        for (MrzFormat f : values()) {
            if (f.lineLength == length) {
                return f;
            }
        }
        return null;
    }
}
