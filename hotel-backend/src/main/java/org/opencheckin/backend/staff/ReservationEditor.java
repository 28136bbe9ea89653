package org.opencheckin.backend.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.opencheckin.backend.error.ApiProblem;
import org.opencheckin.backend.error.Problem;
import org.opencheckin.backend.model.DocumentType;
import org.opencheckin.backend.model.Hotel;
import org.opencheckin.backend.model.Reservation;
import org.opencheckin.backend.model.ReservationStatus;
import org.opencheckin.backend.model.Room;
import org.opencheckin.backend.model.RoomType;
import org.opencheckin.backend.repository.HotelRepository;
import org.opencheckin.backend.repository.RoomRepository;
import org.opencheckin.backend.repository.RoomTypeRepository;
import org.opencheckin.backend.security.DocumentCrypto;
import org.opencheckin.backend.service.GuestNames;
import org.opencheckin.backend.staff.StaffDtos.ReservationView;

/**
 * The rules every writer of reservations shares (staff desk and the chains' PMS): dates in
 * order, a room type of the hotel that holds the guests, document number only with its type,
 * stored encrypted with its lookup hash. Problems are raised before anything is written.
 */
@Singleton
public class ReservationEditor {
    private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RoomTypeRepository roomTypes;
    private final RoomRepository rooms;
    private final HotelRepository hotels;
    private final DocumentCrypto crypto;

    public ReservationEditor(RoomTypeRepository roomTypes, RoomRepository rooms, HotelRepository hotels,
                             DocumentCrypto crypto) {
        this.roomTypes = roomTypes;
        this.rooms = rooms;
        this.hotels = hotels;
        this.crypto = crypto;
    }

    /** The validated content of a reservation, before it is applied to a row. */
    public record Content(String guestName, @Nullable DocumentType documentType, @Nullable String documentNumber,
                          LocalDate arrival, LocalDate departure, int adults, String roomTypeCode) {
    }

    /** Checks the cross-field rules and resolves the room type; throws a 400/422 problem. */
    public RoomType check(Hotel hotel, Content c) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (!c.departure().isAfter(c.arrival())) {
            errors.add(new Problem.FieldError("departure", "must be after arrival"));
        }
        if (c.arrival().isBefore(LocalDate.of(2000, 1, 1)) || c.departure().isAfter(LocalDate.of(2200, 1, 1))) {
            errors.add(new Problem.FieldError("arrival", "must be between 2000 and 2200"));
        }
        if ((c.documentType() == null) != (c.documentNumber() == null)) {
            errors.add(new Problem.FieldError(c.documentType() == null ? "documentType" : "documentNumber",
                    "documentType and documentNumber go together"));
        }
        if (!errors.isEmpty()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "validation-failed",
                    "The request has " + errors.size() + " invalid field(s)", errors);
        }
        RoomType type = roomTypes.findByHotelIdAndCode(hotel.getId(), c.roomTypeCode())
                .orElseThrow(() -> new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "unknown-room-type",
                        "The hotel has no such room type",
                        List.of(new Problem.FieldError("roomType", "unknown room type"))));
        if (c.adults() > type.getMaxAdults()) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "too-many-adults",
                    "Room type " + type.getCode() + " holds at most " + type.getMaxAdults() + " adults",
                    List.of(new Problem.FieldError("adults", "at most " + type.getMaxAdults())));
        }
        return type;
    }

    /** Writes the content into {@code r} (a new or a BOOKED row); keeps document data when none is given. */
    public void apply(Reservation r, Content c, RoomType type, Instant now) {
        r.setGuestName(c.guestName().strip());
        r.setGuestNameKey(GuestNames.key(c.guestName()));
        if (c.documentType() != null && c.documentNumber() != null) {
            r.setDocumentType(c.documentType());
            r.setDocumentNumberEnc(crypto.encrypt(DocumentCrypto.normalizeNumber(c.documentNumber())));
            r.setDocumentNumberHash(crypto.lookupHash(c.documentType().name(), c.documentNumber()));
        }
        r.setArrival(c.arrival());
        r.setDeparture(c.departure());
        r.setAdults(c.adults());
        r.setRoomTypeId(type.getId());
        r.setUpdatedAt(now);
        if (r.getCreatedAt() == null) {
            r.setCreatedAt(now);
            r.setStatus(ReservationStatus.BOOKED);
        }
    }

    /** True when applying {@code c} would change nothing (an idempotent replay). */
    public boolean sameAs(Reservation r, Content c, RoomType type) {
        boolean documentSame = c.documentType() == null
                || (c.documentType() == r.getDocumentType()
                && crypto.lookupHash(c.documentType().name(), c.documentNumber()).equals(r.getDocumentNumberHash()));
        return r.getGuestName().equals(c.guestName().strip()) && documentSame
                && r.getArrival().equals(c.arrival()) && r.getDeparture().equals(c.departure())
                && r.getAdults() == c.adults() && Objects.equals(r.getRoomTypeId(), type.getId());
    }

    public static String newConfirmationCode() {
        StringBuilder sb = new StringBuilder("OC");
        for (int i = 0; i < 8; i++) {
            sb.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
        }
        return sb.toString();
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    public ReservationView view(Reservation r) {
        Hotel hotel = hotels.findById(r.getHotelId()).orElseThrow();
        String type = roomTypes.findById(r.getRoomTypeId()).map(RoomType::getCode).orElse("?");
        String room = r.getRoomId() == null ? null : rooms.findById(r.getRoomId()).map(Room::getRoomNumber).orElse(null);
        return new ReservationView(r.getId(), hotel.getCode(), r.getConfirmationCode(), r.getExternalId(),
                r.getGuestName(), r.getDocumentType(), r.getDocumentNumberHash() != null, r.getArrival(),
                r.getDeparture(), r.getAdults(), type, r.getStatus(), room, r.getCheckedInAt(), r.getCheckedOutAt());
    }
}
