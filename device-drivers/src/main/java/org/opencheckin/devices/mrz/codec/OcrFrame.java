package org.opencheckin.devices.mrz.codec;

import java.util.List;

/**
 * One document as a 3M RTE6701-style OCR reader sends it: a flag byte and three text lines, the
 * last MRZ line always third (a two-line MRZ leaves the first line empty), padding removed.
 */
public record OcrFrame(int flag, List<String> lines) {
    public OcrFrame {
        lines = List.copyOf(lines);
    }

    /** The MRZ lines: the non-empty ones, in order. */
    public List<String> mrzLines() {
        return lines.stream().filter(s -> !s.isEmpty()).toList();
    }
}
