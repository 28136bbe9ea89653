package org.opencheckin.backend.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.opencheckin.backend.model.Hotel;
import org.opencheckin.backend.model.KeyCard;
import org.opencheckin.backend.model.KeyCardStatus;
import org.opencheckin.backend.model.Reservation;
import org.opencheckin.backend.model.Room;
import org.opencheckin.backend.repository.KeyCardRepository;
import org.opencheckin.backend.repository.RoomRepository;
import org.opencheckin.backend.service.HotelProvisioning;
import org.opencheckin.backend.service.KeyCardSigner;
import org.opencheckin.backend.staff.StaffDtos.KeyView;

/**
 * Key cards issued at the desk (desk check-in, lost-key reissue). Always a "new" issue in the
 * sense of docs/keycard-format.md: the room's key sequence is raised and every older card of
 * the room is revoked, so a lost card stops opening the door; the 2nd..nth card of one issue
 * are duplicates of the new sequence.
 */
@Singleton
public class KeyIssuer {
    private final RoomRepository rooms;
    private final KeyCardRepository keyCards;
    private final HotelProvisioning provisioning;

    public KeyIssuer(RoomRepository rooms, KeyCardRepository keyCards, HotelProvisioning provisioning) {
        this.rooms = rooms;
        this.keyCards = keyCards;
        this.provisioning = provisioning;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public List<KeyView> issueNew(Hotel hotel, Reservation r, long roomId, @Nullable String checkinId, int count,
                                  Instant now) {
        rooms.raiseKeySequence(roomId, now);
        Room room = rooms.findById(roomId).orElseThrow();
        keyCards.revokeOlderThan(hotel.getId(), roomId, room.getKeySequence(), now);
        Instant validFrom = now.truncatedTo(ChronoUnit.SECONDS);
        Instant validTo = r.getDeparture().atStartOfDay(ZoneId.of(hotel.getTimeZone()))
                .plusMinutes(hotel.getCheckOutMinute()).toInstant();
        byte[] secret = provisioning.keySecret(hotel);
        List<KeyView> views = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            KeyCard k = new KeyCard();
            k.setHotelId(hotel.getId());
            k.setCheckinId(checkinId);
            k.setReservationId(r.getId());
            k.setRoomId(roomId);
            k.setKeySequence(room.getKeySequence());
            k.setValidFrom(validFrom);
            k.setValidTo(validTo);
            k.setFlags(i > 0 ? KeyCardSigner.FLAG_DUPLICATE : 0);
            k.setStatus(KeyCardStatus.ISSUED);
            k.setIssuedAt(now);
            keyCards.save(k);
            byte[] payload = KeyCardSigner.sign(new KeyCardSigner.Fields(hotel.getId(), room.getRoomNumber(),
                    room.getKeySequence(), validFrom, validTo, k.getId(), k.getFlags()), secret);
            k.setPayload(Base64.getEncoder().encodeToString(payload));
            keyCards.update(k);
            views.add(view(k, room.getRoomNumber(), true));
        }
        return views;
    }

    public static KeyView view(KeyCard k, String roomNumber, boolean withPayload) {
        return new KeyView(k.getId(), roomNumber, k.getKeySequence(), k.getValidFrom(), k.getValidTo(), k.getStatus(),
                (k.getFlags() & KeyCardSigner.FLAG_DUPLICATE) != 0, k.getCheckinId(), k.getReservationId(),
                k.getIssuedAt(), withPayload ? k.getPayload() : null);
    }
}
