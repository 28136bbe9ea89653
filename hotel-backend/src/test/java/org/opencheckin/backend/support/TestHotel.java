package org.opencheckin.backend.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.opencheckin.backend.model.DocumentType;
import org.opencheckin.backend.model.Hotel;
import org.opencheckin.backend.model.HotelChain;
import org.opencheckin.backend.model.Reservation;
import org.opencheckin.backend.model.RoomStatus;
import org.opencheckin.backend.model.RoomType;
import org.opencheckin.backend.service.HotelProvisioning;

/**
 * A fresh hotel per test, so tests sharing one database never see each other's rows: one room
 * type "STD" with {@code readyRooms} clean rooms (plus one dirty and one out of order), and
 * {@code reservations} guests arriving today, each with a passport on file, and a kiosk.
 */
public record TestHotel(Backend backend, Hotel hotel, RoomType type, String kioskToken, String keySecret,
                        List<Reservation> reservations, List<String> documentNumbers) {
    private static final AtomicInteger SEQ = new AtomicInteger();

    public static TestHotel create(Backend b, int readyRooms, int reservations) {
        HotelProvisioning p = b.bean(HotelProvisioning.class);
        String tag = Integer.toString(SEQ.incrementAndGet(), 36).toUpperCase() + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        HotelChain chain = p.chain("C" + tag, "Test chain " + tag);
        String keySecret = "test-key-secret-" + tag;
        Hotel hotel = p.hotel(chain.getId(), "H" + tag, "Test hotel " + tag, "UTC", keySecret);
        RoomType type = p.roomType(hotel.getId(), "STD", "Standard", 2);
        for (int i = 0; i < readyRooms; i++) {
            p.room(hotel.getId(), type.getId(), Integer.toString(100 + i), 1 + i / 10, i % 2 == 0 ? "QUIET" : "CITY_VIEW",
                    RoomStatus.VACANT_CLEAN);
        }
        p.room(hotel.getId(), type.getId(), "900", 9, "QUIET", RoomStatus.VACANT_DIRTY);
        p.room(hotel.getId(), type.getId(), "901", 9, "QUIET", RoomStatus.OUT_OF_ORDER);
        LocalDate today = LocalDate.now(ZoneId.of("UTC"));
        List<Reservation> list = new ArrayList<>();
        List<String> docs = new ArrayList<>();
        for (int i = 0; i < reservations; i++) {
            String doc = "P" + tag + i;
            list.add(p.reservation(hotel.getId(), "R" + tag + "X" + i, null, "Guest " + letters(i) + " Tester",
                    DocumentType.PASSPORT, doc, today, today.plusDays(2), 1, type.getId()));
            docs.add(doc);
        }
        String token = "kiosk-token-" + UUID.randomUUID();
        p.kiosk(hotel.getId(), "K" + tag, "Test kiosk", token);
        return new TestHotel(b, hotel, type, token, keySecret, list, docs);
    }

    /** 0 -> "Aa", 1 -> "Ab": names must be letters only. */
    static String letters(int i) {
        return "" + (char) ('A' + (i / 26) % 26) + (char) ('a' + i % 26);
    }

    public String documentJson(int i) {
        Reservation r = reservations.get(i);
        return "{\"documentType\":\"PASSPORT\",\"documentNumber\":\"" + documentNumbers.get(i) + "\",\"fullName\":\""
                + r.getGuestName() + "\",\"birthDate\":\"1980-01-01\",\"nationality\":\"UTO\",\"expiryDate\":\""
                + LocalDate.now().plusYears(3) + "\"}";
    }

    public Backend.Response start() {
        return backend.post("/api/v1/checkins", kioskToken, null);
    }

    public Backend.Response post(String checkinId, String step, String json, String... headers) {
        return backend.post("/api/v1/checkins/" + checkinId + step, kioskToken, json, headers);
    }

    /** Starts a check-in for reservation {@code i} and drives it to IDENTITY_VERIFIED. */
    public String toIdentityVerified(int i) {
        Backend.Response start = start();
        assertThat(start.status()).as(start.body()).isEqualTo(201);
        String id = start.get("checkinId");
        Backend.Response doc = post(id, "/document", documentJson(i));
        assertThat(doc.status()).as(doc.body()).isEqualTo(200);
        Backend.Response identity = post(id, "/identity", "{\"method\":\"FACE\",\"faceScore\":0.8,\"livenessScore\":0.9,\"modelId\":\"test\"}");
        assertThat(identity.status()).as(identity.body()).isEqualTo(200);
        assertThat((String) identity.get("state")).isEqualTo("IDENTITY_VERIFIED");
        return id;
    }

    /** Drives reservation {@code i} to KEYS_ISSUED with {@code count} keys; returns the check-in id. */
    public String toKeysIssued(int i, int count) {
        String id = toIdentityVerified(i);
        Backend.Response room = post(id, "/room", "{}");
        assertThat(room.status()).as(room.body()).isEqualTo(200);
        Backend.Response keys = post(id, "/keys", "{\"count\":" + count + "}", "Idempotency-Key", "k-" + id);
        assertThat(keys.status()).as(keys.body()).isEqualTo(200);
        return id;
    }
}
