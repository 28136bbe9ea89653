package org.opencheckin.devices.mrz.codec;

import org.opencheckin.devices.mrz.document.MrzFormat;

import java.util.List;

/**
 * One document as a 3M RTE6701-style OCR reader sends it: a flag byte and three text lines, the
 * last MRZ line always third (a two-line MRZ leaves one line empty), padding removed.
 */
public record OcrFrame(int flag, List<String> lines) {
    public OcrFrame {
        lines = List.copyOf(lines);
    }

    /**
     * The MRZ lines: the non-empty ones, in order, which must be one complete set of one format
     * with the last of them sent as line 3. A BCC is an XOR, so two bit flips in the same bit of
     * two bytes pass it; this check stops such a frame from yielding a line of the wrong length.
     *
     * @throws MrzFormatException when the lines are not one TD1, TD2 or TD3 set
     */
    public List<String> mrzLines() throws MrzFormatException {
        List<String> mrz = lines.stream().filter(s -> !s.isEmpty()).toList();
        MrzFormat format = mrz.isEmpty() ? null : MrzFormat.ofLineLength(mrz.get(0).length());
        boolean complete = format != null && mrz.size() == format.lines()
                && mrz.stream().allMatch(s -> s.length() == format.lineLength())
                && !lines.get(lines.size() - 1).isEmpty();
        if (!complete) {
            throw new MrzFormatException("framed lines of " + lines.stream().map(String::length).toList()
                    + " characters are not one TD1, TD2 or TD3 set");
        }
        return mrz;
    }
}
