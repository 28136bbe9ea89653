package org.opencheckin.backend.service;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.opencheckin.backend.model.AuditChainHead;
import org.opencheckin.backend.model.DocumentType;
import org.opencheckin.backend.model.Hotel;
import org.opencheckin.backend.model.HotelChain;
import org.opencheckin.backend.model.IntegrationClient;
import org.opencheckin.backend.model.Kiosk;
import org.opencheckin.backend.model.Reservation;
import org.opencheckin.backend.model.ReservationStatus;
import org.opencheckin.backend.model.Room;
import org.opencheckin.backend.model.RoomStatus;
import org.opencheckin.backend.model.RoomType;
import org.opencheckin.backend.model.StaffRole;
import org.opencheckin.backend.model.StaffUser;
import org.opencheckin.backend.repository.AuditChainHeadRepository;
import org.opencheckin.backend.repository.HotelChainRepository;
import org.opencheckin.backend.repository.HotelRepository;
import org.opencheckin.backend.repository.IntegrationClientRepository;
import org.opencheckin.backend.repository.KioskRepository;
import org.opencheckin.backend.repository.ReservationRepository;
import org.opencheckin.backend.repository.RoomRepository;
import org.opencheckin.backend.repository.RoomTypeRepository;
import org.opencheckin.backend.repository.StaffUserRepository;
import org.opencheckin.backend.security.DocumentCrypto;
import org.opencheckin.backend.security.PasswordHasher;

/**
 * Creates chains, hotels, rooms, reservations, kiosks, staff and integration clients with their
 * secrets hashed or encrypted. Used by the demo loader, by tests and by the staff API.
 */
@Singleton
public class HotelProvisioning {
    private final HotelChainRepository chains;
    private final HotelRepository hotels;
    private final RoomTypeRepository roomTypes;
    private final RoomRepository rooms;
    private final ReservationRepository reservations;
    private final KioskRepository kiosks;
    private final StaffUserRepository staff;
    private final IntegrationClientRepository clients;
    private final DocumentCrypto crypto;
    private final AuditChainHeadRepository heads;

    public HotelProvisioning(HotelChainRepository chains, HotelRepository hotels, RoomTypeRepository roomTypes,
                             RoomRepository rooms, ReservationRepository reservations, KioskRepository kiosks,
                             StaffUserRepository staff, IntegrationClientRepository clients, DocumentCrypto crypto,
                             AuditChainHeadRepository heads) {
        this.chains = chains;
        this.hotels = hotels;
        this.roomTypes = roomTypes;
        this.rooms = rooms;
        this.reservations = reservations;
        this.kiosks = kiosks;
        this.staff = staff;
        this.clients = clients;
        this.crypto = crypto;
        this.heads = heads;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    @Transactional
    public HotelChain chain(String code, String name) {
        return chains.findByCode(code).orElseGet(() -> {
            HotelChain c = new HotelChain();
            c.setCode(code);
            c.setName(name);
            c.setCreatedAt(now());
            return chains.save(c);
        });
    }

    /** A new hotel checking out at 12:00 local time; {@code keySecret} signs its key cards. */
    @Transactional
    public Hotel hotel(long chainId, String code, String name, String timeZone, String keySecret) {
        Hotel h = new Hotel();
        h.setChainId(chainId);
        h.setCode(code);
        h.setName(name);
        h.setTimeZone(timeZone);
        h.setCheckOutMinute(12 * 60);
        h.setKeySecretEnc(crypto.encrypt(keySecret));
        h.setMaxKeysPerCheckin(4);
        h.setCreatedAt(now());
        Hotel saved = hotels.save(h);
        // The audit chain head exists from the start: the sealer locks an existing row, never a gap.
        AuditChainHead head = new AuditChainHead();
        head.setHotelId(saved.getId());
        head.setLastSeq(0L);
        head.setLastHash(AuditTrail.GENESIS);
        heads.save(head);
        return saved;
    }

    /** The key-signing secret of a hotel, decrypted. */
    public byte[] keySecret(Hotel hotel) {
        return crypto.decrypt(hotel.getKeySecretEnc()).getBytes(StandardCharsets.UTF_8);
    }

    @Transactional
    public RoomType roomType(long hotelId, String code, String name, int maxAdults) {
        RoomType t = new RoomType();
        t.setHotelId(hotelId);
        t.setCode(code);
        t.setName(name);
        t.setMaxAdults(maxAdults);
        return roomTypes.save(t);
    }

    @Transactional
    public Room room(long hotelId, long roomTypeId, String number, int floor, String features, RoomStatus status) {
        Room r = new Room();
        r.setHotelId(hotelId);
        r.setRoomTypeId(roomTypeId);
        r.setRoomNumber(number);
        r.setFloorNumber(floor);
        r.setFeatures(features);
        r.setStatus(status);
        r.setKeySequence(0L);
        r.setUpdatedAt(now());
        return rooms.save(r);
    }

    /** A BOOKED reservation; {@code documentNumber} may be null when the PMS did not send one. */
    @Transactional
    public Reservation reservation(long hotelId, String confirmationCode, String externalId, String guestName,
                                   DocumentType documentType, String documentNumber, LocalDate arrival,
                                   LocalDate departure, int adults, long roomTypeId) {
        Reservation r = new Reservation();
        r.setHotelId(hotelId);
        r.setConfirmationCode(confirmationCode);
        r.setExternalId(externalId);
        r.setGuestName(guestName);
        r.setGuestNameKey(GuestNames.key(guestName));
        if (documentType != null && documentNumber != null) {
            r.setDocumentType(documentType);
            r.setDocumentNumberEnc(crypto.encrypt(DocumentCrypto.normalizeNumber(documentNumber)));
            r.setDocumentNumberHash(crypto.lookupHash(documentType.name(), documentNumber));
        }
        r.setArrival(arrival);
        r.setDeparture(departure);
        r.setAdults(adults);
        r.setRoomTypeId(roomTypeId);
        r.setStatus(ReservationStatus.BOOKED);
        r.setCreatedAt(now());
        r.setUpdatedAt(now());
        return reservations.save(r);
    }

    @Transactional
    public Kiosk kiosk(long hotelId, String code, String name, String token) {
        Kiosk k = new Kiosk();
        k.setHotelId(hotelId);
        k.setCode(code);
        k.setName(name);
        k.setTokenHash(PasswordHasher.sha256Hex(token));
        k.setEnabled(true);
        k.setCreatedAt(now());
        return kiosks.save(k);
    }

    @Transactional
    public StaffUser staffUser(long chainId, Long hotelId, String username, String password, StaffRole role) {
        StaffUser u = new StaffUser();
        u.setChainId(chainId);
        u.setHotelId(hotelId);
        u.setUsername(username);
        u.setPasswordHash(PasswordHasher.hash(password));
        u.setStaffRole(role);
        u.setEnabled(true);
        u.setCreatedAt(now());
        return staff.save(u);
    }

    @Transactional
    public IntegrationClient integrationClient(long chainId, String clientId, String name, String secret,
                                               long... hotelIds) {
        IntegrationClient c = new IntegrationClient();
        c.setChainId(chainId);
        c.setClientId(clientId);
        c.setName(name);
        c.setSecretHash(PasswordHasher.hash(secret));
        c.setEnabled(true);
        c.setCreatedAt(now());
        IntegrationClient saved = clients.save(c);
        for (long hotelId : hotelIds) {
            clients.grantHotel(saved.getId(), hotelId);
        }
        return saved;
    }
}
