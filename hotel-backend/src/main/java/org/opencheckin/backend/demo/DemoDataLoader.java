package org.opencheckin.backend.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opencheckin.backend.model.DocumentType;
import org.opencheckin.backend.model.Hotel;
import org.opencheckin.backend.model.HotelChain;
import org.opencheckin.backend.model.Reservation;
import org.opencheckin.backend.model.ReservationStatus;
import org.opencheckin.backend.model.RoomStatus;
import org.opencheckin.backend.model.RoomType;
import org.opencheckin.backend.model.StaffRole;
import org.opencheckin.backend.repository.HotelRepository;
import org.opencheckin.backend.repository.ReservationRepository;
import org.opencheckin.backend.service.HotelProvisioning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the demo hotel (issue 2, section 10) in the {@code demo} environment: hotel DEMO with
 * 4 room types, 40 rooms on 4 floors, 30 reservations arriving today (codes DM1001..DM1030,
 * moved to today again on a later start), kiosk KIOSK-1, staff admin/admin and the integration
 * client demo-pms. Idempotent: a second start only re-arms the reservations.
 */
@Singleton
@Requires(env = "demo")
@Requires(property = "opencheckin.demo.load", notEquals = "false")
public class DemoDataLoader implements ApplicationEventListener<StartupEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

    /** code, name, max adults, room count, clean rooms, reservations. */
    private record TypeSpec(String code, String name, int maxAdults, int rooms, int clean, int reservations) {
    }

    private static final List<TypeSpec> TYPES = List.of(
            new TypeSpec("STD", "Standard Queen", 2, 16, 13, 12),
            new TypeSpec("TWN", "Standard Twin", 2, 12, 10, 9),
            new TypeSpec("DLX", "Deluxe King", 3, 8, 7, 6),
            new TypeSpec("STE", "Suite", 4, 4, 4, 3));

    /** Guest name, document type and number (null: the PMS sent no document, matched by name). */
    private record Guest(String name, DocumentType type, String number) {
    }

    static final List<Guest> GUESTS = List.of(
            new Guest("Anna Maria Eriksson", DocumentType.PASSPORT, "L898902C3"),
            new Guest("Zhang Wei", DocumentType.CN_RESIDENT_ID, "11010519491231002X"),
            new Guest("Li Na", DocumentType.CN_RESIDENT_ID, "440524188001010014"),
            new Guest("Wang Fang", null, null),
            new Guest("Chan Tai Man", DocumentType.HMT_RESIDENCE_PERMIT, "H1234567801"),
            new Guest("John Smith", DocumentType.CN_FOREIGNER_PR, "USA110079080108"),
            new Guest("Maria Garcia", DocumentType.PASSPORT, "PAB123456"),
            new Guest("Yuki Tanaka", null, null),
            new Guest("Liu Yang", null, null),
            new Guest("Chen Jing", null, null),
            new Guest("Hans Mueller", DocumentType.ID_CARD, "T22000129"),
            new Guest("Sophie Martin", null, null),
            new Guest("Zhao Lei", null, null),
            new Guest("Huang Min", null, null),
            new Guest("Olivia Brown", null, null),
            new Guest("Sun Hao", null, null),
            new Guest("Kim Min-jun", DocumentType.PASSPORT, "M12345678"),
            new Guest("Zhou Xin", null, null),
            new Guest("Wu Ting", null, null),
            new Guest("Xu Ming", null, null),
            new Guest("Lucas Silva", null, null),
            new Guest("Guo Jie", null, null),
            new Guest("He Yan", null, null),
            new Guest("Ma Lin", null, null),
            new Guest("Emma Wilson", null, null),
            new Guest("Lin Tao", null, null),
            new Guest("Luo Qian", null, null),
            new Guest("Song Yu", null, null),
            new Guest("Priya Sharma", null, null),
            new Guest("Tang Rui", null, null));

    private final HotelProvisioning provisioning;
    private final HotelRepository hotels;
    private final ReservationRepository reservations;

    public DemoDataLoader(HotelProvisioning provisioning, HotelRepository hotels, ReservationRepository reservations) {
        this.provisioning = provisioning;
        this.hotels = hotels;
        this.reservations = reservations;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        load();
    }

    @Transactional
    public void load() {
        Hotel hotel = hotels.findByCode(DemoSecrets.HOTEL_CODE).orElse(null);
        if (hotel == null) {
            hotel = create();
            LOG.info("event=demo.loaded hotel={} rooms=40 reservations={}", hotel.getCode(), GUESTS.size());
        } else {
            int moved = rearm(hotel);
            LOG.info("event=demo.present hotel={} reservationsMovedToToday={}", hotel.getCode(), moved);
        }
    }

    private Hotel create() {
        HotelChain chain = provisioning.chain(DemoSecrets.CHAIN_CODE, "OpenCheckin Demo Hotels");
        Hotel hotel = provisioning.hotel(chain.getId(), DemoSecrets.HOTEL_CODE, "OpenCheckin Demo Hotel",
                ZoneId.systemDefault().getId(), DemoSecrets.HOTEL_KEY_SECRET);
        LocalDate today = LocalDate.now(ZoneId.of(hotel.getTimeZone()));
        Map<String, RoomType> types = new HashMap<>();
        int roomIndex = 0;
        int guestIndex = 0;
        for (TypeSpec spec : TYPES) {
            RoomType type = provisioning.roomType(hotel.getId(), spec.code(), spec.name(), spec.maxAdults());
            types.put(spec.code(), type);
            for (int i = 0; i < spec.rooms(); i++, roomIndex++) {
                int floor = 1 + roomIndex / 10;
                String number = floor + String.format("%02d", 1 + roomIndex % 10);
                RoomStatus status = i < spec.clean() ? RoomStatus.VACANT_CLEAN
                        : (i == spec.rooms() - 1 && spec.code().equals("DLX")) ? RoomStatus.OUT_OF_ORDER
                        : (i == spec.clean()) ? RoomStatus.VACANT_DIRTY : RoomStatus.OCCUPIED;
                String features = (floor >= 3 ? "HIGH_FLOOR," : "LOW_FLOOR,") + (roomIndex % 10 < 5 ? "QUIET" : "CITY_VIEW");
                provisioning.room(hotel.getId(), type.getId(), number, floor, features, status);
            }
            for (int i = 0; i < spec.reservations(); i++, guestIndex++) {
                Guest g = GUESTS.get(guestIndex);
                provisioning.reservation(hotel.getId(), "DM" + (1001 + guestIndex), "PMS-" + (5001 + guestIndex),
                        g.name(), g.type(), g.number(), today, today.plusDays(1 + guestIndex % 3),
                        Math.min(spec.maxAdults(), 1 + guestIndex % 2), type.getId());
            }
        }
        provisioning.kiosk(hotel.getId(), DemoSecrets.KIOSK_CODE, "Lobby kiosk 1", DemoSecrets.KIOSK_TOKEN);
        provisioning.staffUser(chain.getId(), null, DemoSecrets.ADMIN_USERNAME, DemoSecrets.ADMIN_PASSWORD,
                StaffRole.ADMIN);
        provisioning.integrationClient(chain.getId(), DemoSecrets.PMS_CLIENT_ID, "Demo PMS",
                DemoSecrets.PMS_CLIENT_SECRET, hotel.getId());
        return hotel;
    }

    /** Moves demo reservations that were not checked in and arrived before today to today. */
    private int rearm(Hotel hotel) {
        LocalDate today = LocalDate.now(ZoneId.of(hotel.getTimeZone()));
        int moved = 0;
        for (int i = 0; i < GUESTS.size(); i++) {
            Reservation r = reservations.findByHotelIdAndConfirmationCode(hotel.getId(), "DM" + (1001 + i)).orElse(null);
            if (r != null && r.getArrival().isBefore(today) && r.getStatus() != ReservationStatus.CHECKED_IN) {
                long nights = r.getDeparture().toEpochDay() - r.getArrival().toEpochDay();
                r.setArrival(today);
                r.setDeparture(today.plusDays(Math.max(1, nights)));
                r.setStatus(ReservationStatus.BOOKED);
                r.setRoomId(null);
                r.setCheckedInAt(null);
                r.setUpdatedAt(java.time.Instant.now());
                reservations.update(r);
                moved++;
            }
        }
        return moved;
    }
}
