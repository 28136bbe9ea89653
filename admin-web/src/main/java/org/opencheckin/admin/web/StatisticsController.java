package org.opencheckin.admin.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestAttribute;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencheckin.admin.backend.BackendRefusedException;
import org.opencheckin.admin.backend.StaffApi.Statistics;
import org.opencheckin.admin.backend.StaffApiClient;
import org.opencheckin.admin.session.SessionFilter;
import org.opencheckin.admin.session.StaffSession;
import org.opencheckin.admin.session.StaffSession.Flash;

/**
 * Check-in statistics (MANAGER, ADMIN) over a range of the hotel's local days, by default the last 7 up to the
 * hotel's today (from the staff API's hotel call). The totals and the per-day rows come from one call over the
 * range.
 * A range the backend refuses (to before from, more than 31 days) shows its message.
 */
@Controller("/statistics")
@ExecuteOn(TaskExecutors.BLOCKING)
class StatisticsController {
    static final int DEFAULT_DAYS = 7;
    /** The states of a kiosk session in the order it passes them (hotel-backend {@code CheckinState}). */
    static final List<String> STATES = List.of("STARTED", "DOCUMENT_VERIFIED", "IDENTITY_VERIFIED", "ROOM_ASSIGNED",
            "KEYS_ISSUED", "COMPLETED", "ESCALATED", "ABANDONED", "EXPIRED", "FAILED");
    static final List<String> FACE_DECISIONS = List.of("MATCH", "REVIEW", "NO_MATCH");
    static final List<String> RESERVATION_STATUSES = List.of("BOOKED", "CHECKED_IN", "CHECKED_OUT", "CANCELLED", "NO_SHOW");

    /**
     * One day: check-ins at the kiosk (completed sessions) and at the desk, escalations; {@code most} is the largest
     * day's check-ins, the scale of the bars ({@code <meter>}: the page's CSP allows no inline style).
     */
    record Day(LocalDate date, long sessionsStarted, long kiosk, long desk, long escalated, long most) {
    }

    /** One line of a count table: the name, its count, and the table's largest count (the scale of its bar). */
    record Count(String name, long count, long most) {
    }

    private final StaffApiClient backend;

    StatisticsController(StaffApiClient backend) {
        this.backend = backend;
    }

    @Get
    HttpResponse<?> page(@RequestAttribute(SessionFilter.ATTRIBUTE) StaffSession me,
                         @Nullable @QueryValue String from, @Nullable @QueryValue String to) {
        LocalDate last = date(to);
        LocalDate first = date(from);
        if (last == null && !blank(to) || first == null && !blank(from)) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(Pages.view("statistics/page", me,
                    "from", blank(from) ? "" : from.trim(), "to", blank(to) ? "" : to.trim(), "stats", null,
                    "flash", new Flash("statistics.badDate", "", "", true)));
        }
        if (last == null) {
            last = backend.hotel(me.jwt()).today();
        }
        if (first == null) {
            first = last.minusDays(DEFAULT_DAYS - 1);
        }
        Statistics stats;
        try {
            stats = backend.statistics(me.jwt(), first, last);
        } catch (BackendRefusedException e) {
            if (e.status() != 400 && e.status() != 422) {
                throw e;
            }
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(Pages.view("statistics/page", me,
                    "from", first.toString(), "to", last.toString(), "stats", null,
                    "flash", new Flash("statistics.refused", e.detail() != null ? e.detail() : String.valueOf(e.code()), "", true)));
        }
        return HttpResponse.ok(Pages.view("statistics/page", me, "from", first.toString(), "to", last.toString(),
                "stats", stats, "kioskCheckins", kiosk(stats), "days", days(stats),
                "states", counts(STATES, stats.sessionsByState()),
                "faces", counts(FACE_DECISIONS, stats.faceDecisions()),
                "arrivals", counts(RESERVATION_STATUSES, stats.arrivalsByStatus()),
                "completedPercent", Math.round(stats.completionRate() * 1000) / 10.0));
    }

    private static List<Day> days(Statistics stats) {
        long most = Math.max(1, stats.days().stream()
                .mapToLong(d -> Math.max(d.kioskCheckins(), d.deskCheckins())).max().orElse(0));
        return stats.days().stream().map(d -> new Day(d.date(), d.sessionsStarted(), d.kioskCheckins(), d.deskCheckins(),
                d.escalated(), most)).toList();
    }

    /** A kiosk check-in is a kiosk session that reached COMPLETED. */
    private static long kiosk(Statistics s) {
        return s.sessionsByState().getOrDefault("COMPLETED", 0L);
    }

    /** The known names in their order, then any the backend added later, each with its count (0 when absent). */
    static List<Count> counts(List<String> known, Map<String, Long> counted) {
        Map<String, Long> all = new LinkedHashMap<>();
        known.forEach(name -> all.put(name, counted.getOrDefault(name, 0L)));
        counted.forEach(all::putIfAbsent);
        long most = Math.max(1, all.values().stream().mapToLong(Long::longValue).max().orElse(0));
        return all.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue(), most)).toList();
    }

    @Nullable
    private static LocalDate date(@Nullable String s) {
        if (blank(s)) {
            return null;
        }
        try {
            return LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
