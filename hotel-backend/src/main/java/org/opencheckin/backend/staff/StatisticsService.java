package org.opencheckin.backend.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.opencheckin.backend.auth.StaffPrincipal;
import org.opencheckin.backend.error.ApiProblem;
import org.opencheckin.backend.model.CheckinSession;
import org.opencheckin.backend.model.CheckinState;
import org.opencheckin.backend.model.FaceDecision;
import org.opencheckin.backend.model.Hotel;
import org.opencheckin.backend.model.Reservation;
import org.opencheckin.backend.model.ReservationStatus;
import org.opencheckin.backend.staff.StaffDtos.CheckinStatistics;

/**
 * Check-in statistics of a hotel over whole local days (at most 31): kiosk sessions by state,
 * completion rate (completed / started), time from start to completion (median, p95), face
 * decisions, check-ins done at the desk, and the arrivals of those days by reservation status.
 */
@Singleton
public class StatisticsService {
    static final int MAX_DAYS = 31;

    private final StaffScope scope;
    private final StaffSessionQueries sessions;
    private final StaffQueries reservations;

    public StatisticsService(StaffScope scope, StaffSessionQueries sessions, StaffQueries reservations) {
        this.scope = scope;
        this.sessions = sessions;
        this.reservations = reservations;
    }

    @Transactional(readOnly = true)
    public CheckinStatistics statistics(StaffPrincipal staff, @Nullable String hotelCode, @Nullable LocalDate from,
                                        @Nullable LocalDate to) {
        Hotel hotel = scope.hotel(staff, hotelCode);
        ZoneId zone = ZoneId.of(hotel.getTimeZone());
        LocalDate first = from != null ? from : LocalDate.now(zone);
        LocalDate last = to != null ? to : first;
        if (last.isBefore(first)) {
            throw ApiProblem.badRequest("validation-failed", "to", "must not be before from");
        }
        if (last.toEpochDay() - first.toEpochDay() >= MAX_DAYS) {
            throw ApiProblem.badRequest("validation-failed", "to", "at most " + MAX_DAYS + " days per request");
        }
        Instant start = first.atStartOfDay(zone).toInstant();
        Instant end = last.plusDays(1).atStartOfDay(zone).toInstant();
        List<CheckinSession> started = sessions.startedBetween(hotel.getId(), start, end);
        Map<CheckinState, Long> byState = new EnumMap<>(CheckinState.class);
        Map<FaceDecision, Long> decisions = new EnumMap<>(FaceDecision.class);
        List<Long> completionSeconds = new ArrayList<>();
        long escalated = 0;
        for (CheckinSession s : started) {
            byState.merge(s.getState(), 1L, Long::sum);
            if (s.getIdentityDecision() != null) {
                decisions.merge(s.getIdentityDecision(), 1L, Long::sum);
            }
            if (s.getEscalatedAt() != null) {
                escalated++;
            }
            if (s.getCompletedAt() != null) {
                completionSeconds.add(Duration.between(s.getStartedAt(), s.getCompletedAt()).toSeconds());
            }
        }
        Collections.sort(completionSeconds);
        long completed = byState.getOrDefault(CheckinState.COMPLETED, 0L);
        long desk = Math.max(0, reservations.countCheckedInBetween(hotel.getId(), start, end) - completed);
        Map<ReservationStatus, Long> arrivals = new EnumMap<>(ReservationStatus.class);
        for (Reservation r : reservations.arrivingBetween(hotel.getId(), first, last)) {
            arrivals.merge(r.getStatus(), 1L, Long::sum);
        }
        return new CheckinStatistics(hotel.getCode(), first, last, started.size(), byState, escalated,
                started.isEmpty() ? 0.0 : (double) completed / started.size(),
                percentile(completionSeconds, 50), percentile(completionSeconds, 95), decisions, desk, arrivals);
    }

    /** Nearest-rank percentile of a sorted list, null when empty. */
    static Long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
