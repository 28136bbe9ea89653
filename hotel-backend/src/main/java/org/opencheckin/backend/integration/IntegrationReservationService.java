package org.opencheckin.backend.integration;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.opencheckin.backend.auth.IntegratorPrincipal;
import org.opencheckin.backend.error.ApiProblem;
import org.opencheckin.backend.integration.IntegrationDtos.ReservationState;
import org.opencheckin.backend.integration.IntegrationDtos.ReservationUpsert;
import org.opencheckin.backend.model.Hotel;
import org.opencheckin.backend.model.Reservation;
import org.opencheckin.backend.model.ReservationStatus;
import org.opencheckin.backend.model.RoomType;
import org.opencheckin.backend.repository.ReservationRepository;
import org.opencheckin.backend.service.AuditTrail;
import org.opencheckin.backend.staff.ReservationEditor;
import org.opencheckin.backend.staff.StaffDtos.ReservationView;
import org.opencheckin.backend.staff.StaffQueries;

/**
 * Reservations pushed by a chain's PMS, keyed by the PMS's external id. An upsert that changes
 * nothing writes nothing (a retried PUT is harmless); two concurrent first PUTs of one external
 * id meet at the unique key (hotel_id, external_id) and the loser is retried as an update by
 * {@link IntegrationReservationController}.
 */
@Singleton
public class IntegrationReservationService {
    private final IntegrationScope scope;
    private final StaffQueries queries;
    private final ReservationRepository reservations;
    private final ReservationEditor editor;
    private final AuditTrail audit;

    public IntegrationReservationService(IntegrationScope scope, StaffQueries queries,
                                         ReservationRepository reservations, ReservationEditor editor,
                                         AuditTrail audit) {
        this.scope = scope;
        this.queries = queries;
        this.reservations = reservations;
        this.editor = editor;
        this.audit = audit;
    }

    public record Upserted(ReservationState state, boolean created) {
    }

    @Transactional
    public Upserted upsert(IntegratorPrincipal client, String hotelCode, String externalId, ReservationUpsert req) {
        Hotel hotel = scope.hotel(client, hotelCode);
        ReservationEditor.Content content = new ReservationEditor.Content(req.guestName(), req.documentType(),
                req.documentNumber(), req.arrival(), req.departure(), req.adults(), req.roomType());
        RoomType type = editor.check(hotel, content);
        String code = req.confirmationCode() == null ? null : req.confirmationCode().toUpperCase(Locale.ROOT);
        Instant now = ReservationEditor.now();
        Reservation existing = queries.findByHotelIdAndExternalId(hotel.getId(), externalId)
                .flatMap(r -> queries.lock(r.getId())).orElse(null);
        if (existing != null) {
            if (code != null && !code.equals(existing.getConfirmationCode())) {
                throw ApiProblem.unprocessable("confirmation-code-immutable",
                        "The confirmation code of a reservation cannot change");
            }
            if (editor.sameAs(existing, content, type)) {
                return new Upserted(state(existing), false);
            }
            if (existing.getStatus() != ReservationStatus.BOOKED) {
                throw ApiProblem.conflict("reservation-not-editable",
                        "The reservation is " + existing.getStatus() + " and can no longer be changed");
            }
            editor.apply(existing, content, type, now);
            reservations.update(existing);
            audit.append(hotel.getId(), client.actor(), "reservation.updated", "reservation",
                    existing.getId().toString(), "external=" + externalId);
            return new Upserted(state(existing), false);
        }
        String newCode = code != null ? code : ReservationEditor.newConfirmationCode();
        if (reservations.findByHotelIdAndConfirmationCode(hotel.getId(), newCode).isPresent()) {
            throw ApiProblem.conflict("confirmation-code-taken", "Confirmation code " + newCode + " is already in use");
        }
        Reservation r = new Reservation();
        r.setHotelId(hotel.getId());
        r.setExternalId(externalId);
        r.setConfirmationCode(newCode);
        editor.apply(r, content, type, now);
        reservations.save(r);
        audit.append(hotel.getId(), client.actor(), "reservation.created", "reservation", r.getId().toString(),
                "external=" + externalId);
        return new Upserted(state(r), true);
    }

    /** BOOKED -> CANCELLED; cancelling a cancelled reservation again answers the same. */
    @Transactional
    public ReservationState cancel(IntegratorPrincipal client, String hotelCode, String externalId) {
        Hotel hotel = scope.hotel(client, hotelCode);
        Reservation r = queries.findByHotelIdAndExternalId(hotel.getId(), externalId)
                .flatMap(x -> queries.lock(x.getId()))
                .orElseThrow(() -> notFound(externalId));
        if (r.getStatus() == ReservationStatus.CANCELLED) {
            return state(r);
        }
        if (r.getStatus() != ReservationStatus.BOOKED) {
            throw ApiProblem.conflict("reservation-not-cancellable", "The reservation is " + r.getStatus());
        }
        queries.cancel(r.getId(), ReservationEditor.now());
        audit.append(hotel.getId(), client.actor(), "reservation.cancelled", "reservation", r.getId().toString(),
                "external=" + externalId);
        return state(reservations.findById(r.getId()).orElseThrow());
    }

    @Transactional(readOnly = true)
    public ReservationState get(IntegratorPrincipal client, String hotelCode, String externalId) {
        Hotel hotel = scope.hotel(client, hotelCode);
        return state(queries.findByHotelIdAndExternalId(hotel.getId(), externalId)
                .orElseThrow(() -> notFound(externalId)));
    }

    @Transactional(readOnly = true)
    public List<ReservationState> byArrival(IntegratorPrincipal client, String hotelCode, LocalDate arrival) {
        Hotel hotel = scope.hotel(client, hotelCode);
        return queries.findByHotelIdAndArrivalOrderById(hotel.getId(), arrival).stream().map(this::state).toList();
    }

    private static ApiProblem notFound(String externalId) {
        return ApiProblem.notFound("reservation-not-found", "No reservation with external id " + externalId);
    }

    private ReservationState state(Reservation r) {
        ReservationView v = editor.view(r);
        return new ReservationState(v.hotelCode(), r.getExternalId() == null ? "" : r.getExternalId(), v.reservationId(),
                v.confirmationCode(), v.status(), v.arrival(), v.departure(), v.adults(), v.roomType(),
                v.documentOnFile(), v.roomNumber(), v.checkedInAt(), v.checkedOutAt());
    }
}
