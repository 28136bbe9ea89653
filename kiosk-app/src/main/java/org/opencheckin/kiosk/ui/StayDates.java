package org.opencheckin.kiosk.ui;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The reservation screen's arrival and departure in the screen's language, with the pattern
 * {@code reservation.dateFormat} of its bundle ("Sat 28 Nov 2026", "2026年11月28日(土)", "2026년 11월 28일 (토)").
 * The backend sends ISO dates; a date it sends in another form is shown as sent.
 */
public final class StayDates {

    private final DateTimeFormatter format;

    public StayDates(String pattern, Locale locale) {
        this.format = DateTimeFormatter.ofPattern(pattern, locale);
    }

    public String format(@Nullable String isoDate) {
        if (isoDate == null) {
            return "";
        }
        try {
            return LocalDate.parse(isoDate).format(format);
        } catch (DateTimeParseException e) {
            return isoDate;
        }
    }
}
