package org.opencheckin.backend.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import org.opencheckin.backend.auth.StaffPrincipal;
import org.opencheckin.backend.dto.KioskDtos.CheckinView;
import org.opencheckin.backend.error.ApiProblem;
import org.opencheckin.backend.model.CheckinSession;
import org.opencheckin.backend.model.Hotel;
import org.opencheckin.backend.model.Kiosk;
import org.opencheckin.backend.repository.KioskRepository;
import org.opencheckin.backend.repository.ReservationRepository;
import org.opencheckin.backend.service.CheckinService;
import org.opencheckin.backend.staff.StaffDtos.EscalationDecision;
import org.opencheckin.backend.staff.StaffDtos.EscalationView;

/**
 * The escalation queue: kiosk sessions in ESCALATED wait here for a member of staff.
 *
 * <p>The decisions are the check-in state machine's own ({@link CheckinService#approveEscalation},
 * {@link CheckinService#denyEscalation}), which lock the session row like every kiosk call:
 * approve moves the session to IDENTITY_VERIFIED (the staff member has seen the guest and the
 * document; a session without document and reservation yet is 409 {@code escalation-incomplete},
 * check that guest in at the desk), giving back a room it held, so the kiosk continues with the
 * room step; deny moves it to FAILED and gives its room back, the kiosk ends politely. This class
 * adds the queue, the staff user's hotel scope and the deny reason.
 */
@Singleton
public class EscalationService {
    private final StaffScope scope;
    private final StaffSessionQueries queries;
    private final CheckinService checkins;
    private final ReservationRepository reservations;
    private final KioskRepository kiosks;
    private final ReservationEditor editor;

    public EscalationService(StaffScope scope, StaffSessionQueries queries, CheckinService checkins,
                             ReservationRepository reservations, KioskRepository kiosks, ReservationEditor editor) {
        this.scope = scope;
        this.queries = queries;
        this.checkins = checkins;
        this.reservations = reservations;
        this.kiosks = kiosks;
        this.editor = editor;
    }

    @Transactional(readOnly = true)
    public List<EscalationView> list(StaffPrincipal staff, @Nullable String hotelCode) {
        Hotel hotel = scope.hotel(staff, hotelCode);
        return queries.findEscalated(hotel.getId()).stream().map(this::view).toList();
    }

    /** ESCALATED -> IDENTITY_VERIFIED through {@link CheckinService#approveEscalation}. */
    @Transactional
    public EscalationDecision approve(StaffPrincipal staff, String checkinId) {
        CheckinSession s = inScope(staff, checkinId);
        return decision(checkins.approveEscalation(s.getHotelId(), s.getId(), staff.actor()));
    }

    /** ESCALATED -> FAILED through {@link CheckinService#denyEscalation}; the reason is kept on the session. */
    @Transactional
    public EscalationDecision deny(StaffPrincipal staff, String checkinId, String reason) {
        CheckinSession s = inScope(staff, checkinId);
        CheckinView view = checkins.denyEscalation(s.getHotelId(), s.getId(), staff.actor());
        queries.setEscalationReason(s.getId(), reason);
        return decision(view);
    }

    private CheckinSession inScope(StaffPrincipal staff, String checkinId) {
        ApiProblem notFound = ApiProblem.notFound("checkin-not-found", "No check-in " + shorten(checkinId));
        CheckinSession s = checkinId.length() > 36 ? null : queries.findById(checkinId).orElse(null);
        if (s == null) {
            throw notFound;
        }
        scope.owning(staff, s.getHotelId(), notFound);
        return s;
    }

    private static EscalationDecision decision(CheckinView v) {
        return new EscalationDecision(v.checkinId(), v.state(), v.reservation() == null ? null : v.reservation().reservationId());
    }

    private EscalationView view(CheckinSession s) {
        String kiosk = s.getKioskId() == null ? null : kiosks.findById(s.getKioskId()).map(Kiosk::getCode).orElse(null);
        List<StaffDtos.ReservationView> candidates = s.getCandidateIds() == null || s.getCandidateIds().isBlank()
                ? List.of()
                : Arrays.stream(s.getCandidateIds().split(",")).map(Long::valueOf)
                .flatMap(id -> reservations.findById(id).stream()).map(editor::view).toList();
        StaffDtos.ReservationView reservation = s.getReservationId() == null ? null
                : reservations.findById(s.getReservationId()).map(editor::view).orElse(null);
        return new EscalationView(s.getId(), kiosk, s.getState(), s.getEscalatedAt(), s.getEscalationReason(),
                s.getIdentityMethod(), s.getIdentityDecision(), s.getFaceScore(), s.getLivenessScore(), reservation,
                candidates, s.getDocumentType());
    }

    private static String shorten(String id) {
        return id.length() > 40 ? id.substring(0, 40) + "..." : id;
    }
}
