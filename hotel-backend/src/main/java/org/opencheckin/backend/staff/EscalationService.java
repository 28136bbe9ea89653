package org.opencheckin.backend.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.opencheckin.backend.auth.StaffPrincipal;
import org.opencheckin.backend.config.BackendProperties;
import org.opencheckin.backend.error.ApiProblem;
import org.opencheckin.backend.error.Problem;
import org.opencheckin.backend.model.CheckinSession;
import org.opencheckin.backend.model.CheckinState;
import org.opencheckin.backend.model.FaceDecision;
import org.opencheckin.backend.model.Hotel;
import org.opencheckin.backend.model.IdentityMethod;
import org.opencheckin.backend.model.KeyCardStatus;
import org.opencheckin.backend.model.Kiosk;
import org.opencheckin.backend.model.Reservation;
import org.opencheckin.backend.model.ReservationStatus;
import org.opencheckin.backend.model.RoomStatus;
import org.opencheckin.backend.repository.CheckinSessionRepository;
import org.opencheckin.backend.repository.KeyCardRepository;
import org.opencheckin.backend.repository.KioskRepository;
import org.opencheckin.backend.repository.ReservationRepository;
import org.opencheckin.backend.repository.RoomRepository;
import org.opencheckin.backend.service.AuditTrail;
import org.opencheckin.backend.service.TransitionLog;
import org.opencheckin.backend.staff.StaffDtos.EscalationDecision;
import org.opencheckin.backend.staff.StaffDtos.EscalationView;

/**
 * The escalation queue: kiosk sessions in ESCALATED wait here for a member of staff.
 *
 * <p>Approve moves the session to IDENTITY_VERIFIED (the staff member has seen the guest and
 * the document), so the kiosk continues with the room step. A session escalated after it held
 * a room gives that room and its keys back first, so the kiosk's next room request cannot hold
 * two rooms. Deny moves the session to FAILED and gives its room back; the kiosk ends politely.
 * Both lock the session row like every kiosk call does, so a decision and a kiosk request for
 * the same session run one after the other.
 */
@Singleton
public class EscalationService {
    private final StaffScope scope;
    private final StaffSessionQueries queries;
    private final CheckinSessionRepository sessions;
    private final ReservationRepository reservations;
    private final RoomRepository rooms;
    private final KeyCardRepository keyCards;
    private final KioskRepository kiosks;
    private final ReservationEditor editor;
    private final TransitionLog transitions;
    private final AuditTrail audit;
    private final BackendProperties.Session sessionConfig;

    public EscalationService(StaffScope scope, StaffSessionQueries queries, CheckinSessionRepository sessions,
                             ReservationRepository reservations, RoomRepository rooms, KeyCardRepository keyCards,
                             KioskRepository kiosks, ReservationEditor editor, TransitionLog transitions,
                             AuditTrail audit, BackendProperties.Session sessionConfig) {
        this.scope = scope;
        this.queries = queries;
        this.sessions = sessions;
        this.reservations = reservations;
        this.rooms = rooms;
        this.keyCards = keyCards;
        this.kiosks = kiosks;
        this.editor = editor;
        this.transitions = transitions;
        this.audit = audit;
        this.sessionConfig = sessionConfig;
    }

    @Transactional(readOnly = true)
    public List<EscalationView> list(StaffPrincipal staff, @Nullable String hotelCode) {
        Hotel hotel = scope.hotel(staff, hotelCode);
        return queries.findEscalated(hotel.getId()).stream().map(this::view).toList();
    }

    @Transactional
    public EscalationDecision approve(StaffPrincipal staff, String checkinId, @Nullable Long reservationId,
                                      @Nullable String note) {
        CheckinSession s = lockEscalated(staff, checkinId);
        Long chosen = reservationId != null ? reservationId : s.getReservationId();
        if (chosen == null) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "reservation-required",
                    "The kiosk had not found a reservation yet; name it",
                    List.of(new Problem.FieldError("reservationId", "required for this check-in")));
        }
        Reservation r = reservations.findByIdAndHotelId(chosen, s.getHotelId())
                .orElseThrow(() -> ApiProblem.notFound("reservation-not-found", "No reservation " + chosen + " at this hotel"));
        if (r.getStatus() != ReservationStatus.BOOKED) {
            throw ApiProblem.conflict("reservation-not-bookable", "The reservation is " + r.getStatus());
        }
        Instant now = ReservationEditor.now();
        releaseRoom(s, now);
        s.setReservationId(r.getId());
        s.setIdentityMethod(IdentityMethod.STAFF);
        s.setIdentityDecision(FaceDecision.MATCH);
        s.setIdentityVerifiedAt(now);
        move(s, CheckinState.IDENTITY_VERIFIED, now);
        s.setLastActivityAt(now);
        s.setExpiresAt(now.plus(sessionConfig.idleTimeout()));
        sessions.update(s);
        audit.append(s.getHotelId(), staff.actor(), "checkin.escalation-approved", "checkin", s.getId(),
                "reservation=" + r.getId() + (note == null || note.isBlank() ? "" : " note-given"));
        return new EscalationDecision(s.getId(), s.getState(), r.getId());
    }

    @Transactional
    public EscalationDecision deny(StaffPrincipal staff, String checkinId, String reason) {
        CheckinSession s = lockEscalated(staff, checkinId);
        Instant now = ReservationEditor.now();
        releaseRoom(s, now);
        s.setEscalationReason(reason.length() > 500 ? reason.substring(0, 500) : reason);
        s.setFailedAt(now);
        move(s, CheckinState.FAILED, now);
        s.setLastActivityAt(now);
        sessions.update(s);
        audit.append(s.getHotelId(), staff.actor(), "checkin.escalation-denied", "checkin", s.getId(), "");
        return new EscalationDecision(s.getId(), s.getState(), s.getReservationId());
    }

    private CheckinSession lockEscalated(StaffPrincipal staff, String checkinId) {
        ApiProblem notFound = ApiProblem.notFound("checkin-not-found", "No check-in " + shorten(checkinId));
        CheckinSession s = checkinId.length() > 36 ? null : queries.lock(checkinId).orElse(null);
        if (s == null) {
            throw notFound;
        }
        scope.owning(staff, s.getHotelId(), notFound);
        if (s.getState() != CheckinState.ESCALATED) {
            throw ApiProblem.conflict("not-escalated", "The check-in is " + s.getState() + ", not ESCALATED");
        }
        return s;
    }

    private void move(CheckinSession s, CheckinState to, Instant now) {
        CheckinState from = s.getState();
        if (!from.canMoveTo(to)) {
            throw ApiProblem.conflict("illegal-transition", "A check-in cannot go from " + from + " to " + to);
        }
        s.setState(to);
        transitions.transition(s, from.name(), to, now);
    }

    /** Same rule as the kiosk flow: a room whose key left the kiosk needs cleaning. */
    private void releaseRoom(CheckinSession s, Instant now) {
        if (s.getRoomId() == null) {
            return;
        }
        boolean keyLeftKiosk = keyCards.findByCheckinIdOrderById(s.getId()).stream()
                .anyMatch(k -> k.getStatus() == KeyCardStatus.DISPENSED);
        keyCards.revokeForCheckin(s.getId(), now);
        rooms.release(s.getRoomId(), s.getReservationId(),
                (keyLeftKiosk ? RoomStatus.VACANT_DIRTY : RoomStatus.VACANT_CLEAN).name(), now);
        s.setRoomId(null);
        s.setKeysIssued(0);
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
