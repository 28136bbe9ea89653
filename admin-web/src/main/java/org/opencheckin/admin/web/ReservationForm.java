package org.opencheckin.admin.web;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencheckin.admin.backend.StaffApi.Reservation;
import org.opencheckin.admin.backend.StaffApi.ReservationCreate;
import org.opencheckin.admin.backend.StaffApi.ReservationEdit;

/**
 * A reservation form as staff typed it, so a refused form comes back with what was entered. The document
 * number is not part of it: it is write-only and never rendered back, not even after a refusal.
 * Field names are the staff API's JSON names, so the backend's {@code errors[].field} land on the right input.
 */
record ReservationForm(String confirmationCode, String guestName, String documentType, String arrival,
                       String departure, String adults, String roomType) {

    /** The document types the kiosk readers and the backend know (hotel-backend {@code DocumentType}). */
    static final List<String> DOCUMENT_TYPES =
            List.of("PASSPORT", "CN_RESIDENT_ID", "CN_FOREIGNER_PR", "HMT_RESIDENCE_PERMIT", "ID_CARD");

    /** The fields a form shows an error beside; the backend's errors on any other field go to the page message. */
    static final List<String> FIELDS = List.of("confirmationCode", "guestName", "documentType", "documentNumber",
            "arrival", "departure", "adults", "roomType");

    /** One message beside a field: a key of {@code i18n/messages} and its argument (the backend's own words). */
    record FieldProblem(String key, String arg) {
    }

    static ReservationForm of(@Nullable String confirmationCode, @Nullable String guestName,
                              @Nullable String documentType, @Nullable String arrival, @Nullable String departure,
                              @Nullable String adults, @Nullable String roomType) {
        return new ReservationForm(trim(confirmationCode), trim(guestName), trim(documentType), trim(arrival),
                trim(departure), trim(adults), trim(roomType));
    }

    /** A new booking: one adult, arriving {@code today}, one night. */
    static ReservationForm blank(LocalDate today) {
        return new ReservationForm("", "", "", today.toString(), today.plusDays(1).toString(), "1", "");
    }

    /** The reservation's current content, to edit. */
    static ReservationForm of(Reservation r) {
        return new ReservationForm(r.confirmationCode(), r.guestName(), "", r.arrival().toString(),
                r.departure().toString(), String.valueOf(r.adults()), r.roomType());
    }

    /**
     * What cannot even be sent: a date that is no date, adults that are no number. Everything else (blank name,
     * unknown room type, departure before arrival, a document type without its number) the backend judges.
     */
    Map<String, FieldProblem> unsendable() {
        Map<String, FieldProblem> problems = new LinkedHashMap<>();
        if (date(arrival) == null) {
            problems.put("arrival", new FieldProblem("form.date", ""));
        }
        if (date(departure) == null) {
            problems.put("departure", new FieldProblem("form.date", ""));
        }
        if (!adults.matches("\\d{1,2}")) {
            problems.put("adults", new FieldProblem("form.adults", ""));
        }
        return problems;
    }

    ReservationCreate toCreate(@Nullable String documentNumber) {
        return new ReservationCreate(blankToNull(confirmationCode), guestName, blankToNull(documentType),
                blankToNull(trim(documentNumber)), date(arrival), date(departure), Integer.parseInt(adults), roomType);
    }

    /** Without document type and number the backend keeps the document on file. */
    ReservationEdit toEdit(@Nullable String documentNumber) {
        return new ReservationEdit(guestName, blankToNull(documentType), blankToNull(trim(documentNumber)),
                date(arrival), date(departure), Integer.parseInt(adults), roomType);
    }

    /** The backend's field errors as this form shows them. */
    static Map<String, FieldProblem> beside(Map<String, String> backendErrors) {
        Map<String, FieldProblem> problems = new LinkedHashMap<>();
        backendErrors.forEach((field, message) -> problems.put(field, new FieldProblem("form.backend", message)));
        return problems;
    }

    @Nullable
    private static LocalDate date(String s) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String trim(@Nullable String s) {
        return s == null ? "" : s.trim();
    }

    @Nullable
    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
