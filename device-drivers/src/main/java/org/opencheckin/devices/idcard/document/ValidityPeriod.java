package org.opencheckin.devices.idcard.document;

import java.time.LocalDate;
import java.util.Objects;

/**
 * @param from first valid day
 * @param to   last valid day, or null for long-term validity (长期)
 */
public record ValidityPeriod(LocalDate from, LocalDate to) {
    public ValidityPeriod {
        Objects.requireNonNull(from, "from");
    }

    public boolean isLongTerm() {
        return to == null;
    }
}
