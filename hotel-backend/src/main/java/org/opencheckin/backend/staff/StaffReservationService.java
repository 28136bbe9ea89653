package org.opencheckin.backend.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.opencheckin.backend.auth.StaffPrincipal;
import org.opencheckin.backend.error.ApiProblem;
import org.opencheckin.backend.model.Hotel;
import org.opencheckin.backend.model.Reservation;
import org.opencheckin.backend.model.ReservationStatus;
import org.opencheckin.backend.model.Room;
import org.opencheckin.backend.model.RoomStatus;
import org.opencheckin.backend.model.RoomType;
import org.opencheckin.backend.repository.ReservationRepository;
import org.opencheckin.backend.repository.RoomRepository;
import org.opencheckin.backend.service.AuditTrail;
import org.opencheckin.backend.service.GuestNames;
import org.opencheckin.backend.staff.StaffDtos.DeskCheckinRequest;
import org.opencheckin.backend.staff.StaffDtos.DeskCheckinResponse;
import org.opencheckin.backend.staff.StaffDtos.KeyView;
import org.opencheckin.backend.staff.StaffDtos.ReservationCreate;
import org.opencheckin.backend.staff.StaffDtos.ReservationEdit;
import org.opencheckin.backend.staff.StaffDtos.ReservationView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reservations at the front desk: search, create, edit and cancel a BOOKED reservation, check a
 * guest in at the desk (room and keys without a kiosk) and check out. State changes are
 * conditional UPDATEs or run under the reservation's row lock, so a kiosk check-in racing a
 * desk edit never loses either side's write.
 */
@Singleton
public class StaffReservationService {
    private static final Logger LOG = LoggerFactory.getLogger("opencheckin.reservations");

    private final StaffScope scope;
    private final StaffQueries queries;
    private final ReservationRepository reservations;
    private final RoomRepository rooms;
    private final ReservationEditor editor;
    private final KeyIssuer keys;
    private final AuditTrail audit;

    public StaffReservationService(StaffScope scope, StaffQueries queries, ReservationRepository reservations,
                                   RoomRepository rooms, ReservationEditor editor, KeyIssuer keys, AuditTrail audit) {
        this.scope = scope;
        this.queries = queries;
        this.reservations = reservations;
        this.rooms = rooms;
        this.editor = editor;
        this.keys = keys;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<ReservationView> search(StaffPrincipal staff, @Nullable String hotelCode, @Nullable LocalDate arrival,
                                        @Nullable ReservationStatus status, @Nullable String text, int limit) {
        Hotel hotel = scope.hotel(staff, hotelCode);
        String code = null;
        String nameLike = null;
        if (text != null && !text.isBlank()) {
            code = text.strip().toUpperCase(Locale.ROOT);
            String key = GuestNames.key(text);
            nameLike = key.isEmpty() ? "\u0000" : "%" + key.replace("%", "").replace("_", "") + "%";
        }
        return queries.search(hotel.getId(), arrival, status == null ? null : status.name(), code, nameLike, limit)
                .stream().map(editor::view).toList();
    }

    @Transactional(readOnly = true)
    public ReservationView get(StaffPrincipal staff, long id) {
        return editor.view(find(staff, id));
    }

    @Transactional
    public ReservationView create(StaffPrincipal staff, @Nullable String hotelCode, ReservationCreate req) {
        Hotel hotel = scope.hotel(staff, hotelCode);
        ReservationEditor.Content content = new ReservationEditor.Content(req.guestName(), req.documentType(),
                req.documentNumber(), req.arrival(), req.departure(), req.adults(), req.roomType());
        RoomType type = editor.check(hotel, content);
        String code = req.confirmationCode() == null ? ReservationEditor.newConfirmationCode()
                : req.confirmationCode().toUpperCase(Locale.ROOT);
        if (reservations.findByHotelIdAndConfirmationCode(hotel.getId(), code).isPresent()) {
            throw ApiProblem.conflict("confirmation-code-taken", "Confirmation code " + code + " is already in use");
        }
        Reservation r = new Reservation();
        r.setHotelId(hotel.getId());
        r.setConfirmationCode(code);
        editor.apply(r, content, type, ReservationEditor.now());
        reservations.save(r);
        audit.append(hotel.getId(), staff.actor(), "reservation.created", "reservation", r.getId().toString(),
                "code=" + code);
        return editor.view(r);
    }

    @Transactional
    public ReservationView edit(StaffPrincipal staff, long id, ReservationEdit req) {
        Reservation r = lockInScope(staff, id);
        requireStatus(r, "edit", ReservationStatus.BOOKED);
        Hotel hotel = scope.owning(staff, r.getHotelId(), notFound(id));
        ReservationEditor.Content content = new ReservationEditor.Content(req.guestName(), req.documentType(),
                req.documentNumber(), req.arrival(), req.departure(), req.adults(), req.roomType());
        RoomType type = editor.check(hotel, content);
        editor.apply(r, content, type, ReservationEditor.now());
        reservations.update(r);
        audit.append(hotel.getId(), staff.actor(), "reservation.edited", "reservation", r.getId().toString(), "");
        return editor.view(r);
    }

    @Transactional
    public ReservationView cancel(StaffPrincipal staff, long id) {
        Reservation r = lockInScope(staff, id);
        requireStatus(r, "cancel", ReservationStatus.BOOKED);
        queries.cancel(id, ReservationEditor.now());
        audit.append(r.getHotelId(), staff.actor(), "reservation.cancelled", "reservation", r.getId().toString(), "");
        return editor.view(reservations.findById(id).orElseThrow());
    }

    /**
     * Checks a BOOKED reservation in at the desk: claims the named room (or the best ready room
     * of the booked type), marks the reservation CHECKED_IN and issues {@code keyCount} new keys.
     */
    @Transactional
    public DeskCheckinResponse deskCheckin(StaffPrincipal staff, long id, DeskCheckinRequest req) {
        Reservation r = lockInScope(staff, id);
        requireStatus(r, "check in", ReservationStatus.BOOKED);
        Hotel hotel = scope.owning(staff, r.getHotelId(), notFound(id));
        LocalDate today = LocalDate.now(ZoneId.of(hotel.getTimeZone()));
        if (r.getArrival().isAfter(today) || !r.getDeparture().isAfter(today)) {
            throw ApiProblem.unprocessable("not-in-stay-dates", "The reservation's stay does not include today");
        }
        Instant now = ReservationEditor.now();
        Room room = claimRoom(hotel, r, req.roomNumber(), now);
        if (reservations.markCheckedIn(r.getId(), room.getId(), now) != 1) {
            throw ApiProblem.conflict("reservation-not-bookable", "The reservation is no longer waiting for check-in");
        }
        List<KeyView> issued = keys.issueNew(hotel, r, room.getId(), null, req.keyCount(), now);
        audit.append(hotel.getId(), staff.actor(), "reservation.desk-checked-in", "reservation", r.getId().toString(),
                "room=" + room.getRoomNumber());
        audit.append(hotel.getId(), staff.actor(), "reservation.keys-issued", "reservation", r.getId().toString(),
                "room=" + room.getRoomNumber() + " sequence=" + issued.get(0).keySequence() + " count=" + issued.size()
                        + " serials=" + issued.stream().map(k -> Long.toString(k.keySerial())).collect(Collectors.joining(",")));
        LOG.info("event=reservation.desk-checkin hotel={} reservation={} room={} keys={}", hotel.getId(), r.getId(),
                room.getId(), issued.size());
        Reservation after = reservations.findById(r.getId()).orElseThrow();
        return new DeskCheckinResponse(editor.view(after), room.getRoomNumber(), room.getFloorNumber(), issued);
    }

    private Room claimRoom(Hotel hotel, Reservation r, @Nullable String roomNumber, Instant now) {
        if (roomNumber != null) {
            Room room = rooms.findByHotelIdOrderByRoomNumber(hotel.getId()).stream()
                    .filter(x -> x.getRoomNumber().equalsIgnoreCase(roomNumber)).findFirst()
                    .orElseThrow(() -> ApiProblem.notFound("room-not-found", "No room " + roomNumber + " at this hotel"));
            if (rooms.claim(room.getId(), r.getId(), now) != 1) {
                throw ApiProblem.conflict("room-not-ready", "Room " + room.getRoomNumber() + " is not vacant and clean");
            }
            return room;
        }
        for (Room candidate : rooms.findReady(hotel.getId(), r.getRoomTypeId())) {
            if (rooms.claim(candidate.getId(), r.getId(), now) == 1) {
                return candidate;
            }
        }
        throw ApiProblem.conflict("no-room-ready", "No room of the booked type is vacant and clean");
    }

    /** Checks a CHECKED_IN reservation out: its room becomes VACANT_DIRTY and its keys are revoked. */
    @Transactional
    public ReservationView checkOut(StaffPrincipal staff, long id) {
        Reservation r = lockInScope(staff, id);
        requireStatus(r, "check out", ReservationStatus.CHECKED_IN);
        Instant now = ReservationEditor.now();
        queries.markCheckedOut(id, now);
        if (r.getRoomId() != null) {
            rooms.release(r.getRoomId(), r.getId(), RoomStatus.VACANT_DIRTY.name(), now);
        }
        int revoked = queries.revokeKeysOfReservation(id, now);
        audit.append(r.getHotelId(), staff.actor(), "reservation.checked-out", "reservation", r.getId().toString(),
                "room=" + r.getRoomId() + " keysRevoked=" + revoked);
        return editor.view(reservations.findById(id).orElseThrow());
    }

    private Reservation find(StaffPrincipal staff, long id) {
        Reservation r = reservations.findById(id).orElseThrow(() -> notFound(id));
        scope.owning(staff, r.getHotelId(), notFound(id));
        return r;
    }

    private Reservation lockInScope(StaffPrincipal staff, long id) {
        Reservation r = queries.lock(id).orElseThrow(() -> notFound(id));
        scope.owning(staff, r.getHotelId(), notFound(id));
        return r;
    }

    static ApiProblem notFound(long id) {
        return ApiProblem.notFound("reservation-not-found", "No reservation " + id);
    }

    private static void requireStatus(Reservation r, String action, ReservationStatus needed) {
        if (r.getStatus() != needed) {
            throw new ApiProblem(HttpStatus.CONFLICT, "illegal-reservation-status",
                    "Cannot " + action + " a reservation that is " + r.getStatus() + " (needs " + needed + ")");
        }
    }
}
