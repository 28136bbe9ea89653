package org.opencheckin.backend.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.opencheckin.backend.auth.StaffPrincipal;
import org.opencheckin.backend.error.ApiProblem;
import org.opencheckin.backend.model.Hotel;
import org.opencheckin.backend.model.KeyCard;
import org.opencheckin.backend.model.KeyCardStatus;
import org.opencheckin.backend.model.Reservation;
import org.opencheckin.backend.model.ReservationStatus;
import org.opencheckin.backend.model.Room;
import org.opencheckin.backend.model.RoomStatus;
import org.opencheckin.backend.model.RoomType;
import org.opencheckin.backend.repository.ReservationRepository;
import org.opencheckin.backend.repository.RoomRepository;
import org.opencheckin.backend.repository.RoomTypeRepository;
import org.opencheckin.backend.service.AuditTrail;
import org.opencheckin.backend.staff.StaffDtos.KeyView;
import org.opencheckin.backend.staff.StaffDtos.KeysIssued;
import org.opencheckin.backend.staff.StaffDtos.RoomView;

/**
 * Room status for housekeeping and key cards for the desk. A room that holds a reservation
 * cannot be changed by hand (check the guest out first); OCCUPIED is only ever set by a
 * check-in. Revoking a card marks it; because locks only know the room's key sequence, a lost
 * card is locked out by a reissue, which raises the sequence.
 */
@Singleton
public class RoomKeyService {
    private final StaffScope scope;
    private final RoomRepository rooms;
    private final RoomTypeRepository roomTypes;
    private final ReservationRepository reservations;
    private final StaffQueries queries;
    private final StaffKeyQueries keyQueries;
    private final KeyIssuer issuer;
    private final AuditTrail audit;

    public RoomKeyService(StaffScope scope, RoomRepository rooms, RoomTypeRepository roomTypes,
                          ReservationRepository reservations, StaffQueries queries, StaffKeyQueries keyQueries,
                          KeyIssuer issuer, AuditTrail audit) {
        this.scope = scope;
        this.rooms = rooms;
        this.roomTypes = roomTypes;
        this.reservations = reservations;
        this.queries = queries;
        this.keyQueries = keyQueries;
        this.issuer = issuer;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<RoomView> rooms(StaffPrincipal staff, @Nullable String hotelCode, @Nullable RoomStatus status) {
        Hotel hotel = scope.hotel(staff, hotelCode);
        Map<Long, String> types = roomTypes.findByHotelId(hotel.getId()).stream()
                .collect(Collectors.toMap(RoomType::getId, RoomType::getCode));
        return rooms.findByHotelIdOrderByRoomNumber(hotel.getId()).stream()
                .filter(r -> status == null || r.getStatus() == status)
                .map(r -> view(r, types.get(r.getRoomTypeId()))).toList();
    }

    @Transactional
    public RoomView setStatus(StaffPrincipal staff, long roomId, RoomStatus status) {
        ApiProblem notFound = ApiProblem.notFound("room-not-found", "No room " + roomId);
        Room room = rooms.findById(roomId).orElseThrow(() -> notFound);
        scope.owning(staff, room.getHotelId(), notFound);
        if (status == RoomStatus.OCCUPIED) {
            throw ApiProblem.badRequest("status-not-settable", "status", "OCCUPIED is set by a check-in only");
        }
        Instant now = ReservationEditor.now();
        if (queries.setVacantRoomStatus(roomId, status.name(), now) != 1) {
            throw ApiProblem.conflict("room-occupied", "Room " + room.getRoomNumber() + " holds a reservation; check it out first");
        }
        audit.append(room.getHotelId(), staff.actor(), "room.status", "room", Long.toString(roomId),
                "room=" + room.getRoomNumber() + " from=" + room.getStatus() + " to=" + status);
        Room after = rooms.findById(roomId).orElseThrow();
        return view(after, roomTypes.findById(after.getRoomTypeId()).map(RoomType::getCode).orElse("?"));
    }

    @Transactional(readOnly = true)
    public List<KeyView> keys(StaffPrincipal staff, @Nullable String hotelCode, @Nullable Long roomId,
                              @Nullable Long reservationId, @Nullable KeyCardStatus status, int limit) {
        Hotel hotel = scope.hotel(staff, hotelCode);
        Map<Long, String> numbers = new HashMap<>();
        return keyQueries.search(hotel.getId(), roomId, reservationId, status == null ? null : status.name(), limit)
                .stream().map(k -> KeyIssuer.view(k, numbers.computeIfAbsent(k.getRoomId(),
                        id -> rooms.findById(id).map(Room::getRoomNumber).orElse("?")), false)).toList();
    }

    @Transactional
    public KeyView revoke(StaffPrincipal staff, long keySerial) {
        KeyCard k = key(staff, keySerial);
        Instant now = ReservationEditor.now();
        if (queries.revokeKey(keySerial, now) != 1) {
            throw ApiProblem.conflict("key-not-live", "Key " + keySerial + " is " + k.getStatus());
        }
        audit.append(k.getHotelId(), staff.actor(), "key.revoked", "key", Long.toString(keySerial), "");
        KeyCard after = keyQueries.findById(keySerial).orElseThrow();
        return KeyIssuer.view(after, rooms.findById(after.getRoomId()).map(Room::getRoomNumber).orElse("?"), false);
    }

    /**
     * Replaces a card (lost or broken) of a guest who is in the room: {@code count} new cards
     * with a raised key sequence, so every earlier card of the room stops opening it.
     */
    @Transactional
    public KeysIssued reissue(StaffPrincipal staff, long keySerial, int count) {
        KeyCard k = key(staff, keySerial);
        Reservation r = k.getReservationId() == null ? null : reservations.findById(k.getReservationId()).orElse(null);
        Room room = rooms.findById(k.getRoomId()).orElseThrow();
        if (r == null || r.getStatus() != ReservationStatus.CHECKED_IN || !r.getId().equals(room.getCurrentReservationId())) {
            throw ApiProblem.conflict("guest-not-in-room", "Key " + keySerial + " belongs to no guest now in room "
                    + room.getRoomNumber());
        }
        Hotel hotel = scope.owning(staff, k.getHotelId(), ApiProblem.notFound("key-not-found", "No key " + keySerial));
        Instant now = ReservationEditor.now();
        List<KeyView> issued = issuer.issueNew(hotel, r, room.getId(), k.getCheckinId(), count, now);
        audit.append(hotel.getId(), staff.actor(), "reservation.keys-issued", "reservation", r.getId().toString(),
                "room=" + room.getRoomNumber() + " sequence=" + issued.get(0).keySequence() + " count=" + count
                        + " serials=" + issued.stream().map(v -> Long.toString(v.keySerial())).collect(Collectors.joining(","))
                        + " replaces=" + keySerial);
        return new KeysIssued(r.getId(), room.getRoomNumber(), issued.get(0).keySequence(), issued);
    }

    private KeyCard key(StaffPrincipal staff, long keySerial) {
        ApiProblem notFound = ApiProblem.notFound("key-not-found", "No key " + keySerial);
        KeyCard k = keyQueries.findById(keySerial).orElseThrow(() -> notFound);
        scope.owning(staff, k.getHotelId(), notFound);
        return k;
    }

    private static RoomView view(Room r, String type) {
        return new RoomView(r.getId(), r.getRoomNumber(), r.getFloorNumber(), type, r.getStatus(), r.getFeatures(),
                r.getKeySequence(), r.getCurrentReservationId());
    }
}
