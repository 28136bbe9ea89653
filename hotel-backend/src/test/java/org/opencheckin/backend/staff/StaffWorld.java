package org.opencheckin.backend.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.opencheckin.backend.model.DocumentType;
import org.opencheckin.backend.model.IntegrationClient;
import org.opencheckin.backend.model.Reservation;
import org.opencheckin.backend.model.RoomStatus;
import org.opencheckin.backend.model.StaffRole;
import org.opencheckin.backend.service.HotelProvisioning;
import org.opencheckin.backend.support.Backend;
import org.opencheckin.backend.support.TestHotel;

/**
 * Two hotels in two chains, each with its kiosk and its PMS client, plus the own hotel's staff
 * (FRONT_DESK and MANAGER of the hotel, ADMIN of the whole chain), all signed in through the
 * real endpoints; and factories for fresh resources of the own hotel in every state a test
 * needs (reservations, kiosk sessions up to KEYS_ISSUED or ESCALATED, desk check-ins, keys).
 */
public final class StaffWorld {
    private static final AtomicInteger SEQ = new AtomicInteger();

    public final Backend b;
    public final TestHotel own;
    public final TestHotel other;
    public final String frontDesk;
    public final String manager;
    public final String admin;
    public final String integrator;
    public final String integratorOther;
    public final IntegrationClient client;
    public final String clientSecret;
    private final HotelProvisioning p;
    private final String tag;
    /** The password of the three staff users. */
    public final String password;
    private final Map<Long, String> documents = new ConcurrentHashMap<>();

    private StaffWorld(Backend b) {
        this.b = b;
        this.p = b.bean(HotelProvisioning.class);
        this.own = TestHotel.create(b, 40, 0);
        this.other = TestHotel.create(b, 3, 0);
        this.tag = own.hotel().getCode().toLowerCase();
        long chain = own.hotel().getChainId();
        this.password = "pw-" + UUID.randomUUID();
        String pw = password;
        p.staffUser(chain, own.hotel().getId(), "fd-" + tag, pw, StaffRole.FRONT_DESK);
        p.staffUser(chain, own.hotel().getId(), "mgr-" + tag, pw, StaffRole.MANAGER);
        p.staffUser(chain, null, "adm-" + tag, pw, StaffRole.ADMIN);
        this.frontDesk = login("fd-" + tag, pw);
        this.manager = login("mgr-" + tag, pw);
        this.admin = login("adm-" + tag, pw);
        this.clientSecret = "secret-" + UUID.randomUUID();
        this.client = p.integrationClient(chain, "pms-" + tag, "PMS " + tag, clientSecret, own.hotel().getId());
        p.integrationClient(other.hotel().getChainId(), "pms-o-" + tag, "Other PMS", clientSecret, other.hotel().getId());
        this.integrator = clientToken("pms-" + tag, clientSecret);
        this.integratorOther = clientToken("pms-o-" + tag, clientSecret);
    }

    public static StaffWorld create(Backend b) {
        return new StaffWorld(b);
    }

    public String ownCode() {
        return own.hotel().getCode();
    }

    public String login(String username, String password) {
        Backend.Response r = b.post("/api/v1/auth/login", null,
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.get("accessToken");
    }

    public String clientToken(String clientId, String secret) {
        Backend.Response r = b.post("/api/v1/oauth/token", null, "{\"grant_type\":\"client_credentials\",\"client_id\":\""
                + clientId + "\",\"client_secret\":\"" + secret + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.get("access_token");
    }

    // ---- fresh resources of the own hotel -----------------------------------------------------------

    /** A BOOKED reservation arriving today with a passport on file. */
    public Reservation booked() {
        int n = SEQ.incrementAndGet();
        String doc = "W" + n + tag.toUpperCase().replaceAll("[^A-Z0-9]", "");
        LocalDate today = LocalDate.now(ZoneId.of("UTC"));
        Reservation r = p.reservation(own.hotel().getId(), "W" + tag.toUpperCase() + "N" + n, null,
                "Walker " + lettersOf(n) + " Guest", DocumentType.PASSPORT, doc, today, today.plusDays(2), 1,
                own.type().getId());
        documents.put(r.getId(), doc);
        return r;
    }

    private static String lettersOf(int n) {
        StringBuilder sb = new StringBuilder();
        do {
            sb.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return "Q" + sb;
    }

    public String documentNumber(Reservation r) {
        return documents.get(r.getId());
    }

    public String documentJson(Reservation r) {
        return "{\"documentType\":\"PASSPORT\",\"documentNumber\":\"" + documents.get(r.getId()) + "\",\"fullName\":\""
                + r.getGuestName() + "\",\"birthDate\":\"1980-01-01\",\"nationality\":\"UTO\",\"expiryDate\":\""
                + LocalDate.now().plusYears(3) + "\"}";
    }

    public Backend.Response kiosk(String checkinId, String step, String json, String... headers) {
        return b.post("/api/v1/checkins/" + checkinId + step, own.kioskToken(), json, headers);
    }

    public String started() {
        Backend.Response r = b.post("/api/v1/checkins", own.kioskToken(), null);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.get("checkinId");
    }

    /** A session in DOCUMENT_VERIFIED with its (only) reservation selected; returns [checkinId, reservationId]. */
    public String[] documentVerified() {
        Reservation res = booked();
        String id = started();
        Backend.Response r = kiosk(id, "/document", documentJson(res));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return new String[] {id, res.getId().toString()};
    }

    public String identityVerified() {
        String id = documentVerified()[0];
        Backend.Response r = kiosk(id, "/identity", "{\"method\":\"FACE\",\"faceScore\":0.9,\"livenessScore\":0.9,\"modelId\":\"t\"}");
        assertThat((String) r.get("state")).as(r.body()).isEqualTo("IDENTITY_VERIFIED");
        return id;
    }

    public String roomAssigned() {
        String id = identityVerified();
        Backend.Response r = kiosk(id, "/room", "{}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return id;
    }

    /** A session in KEYS_ISSUED with one key; returns [checkinId, keySerial]. */
    public String[] keysIssued() {
        String id = roomAssigned();
        Backend.Response r = kiosk(id, "/keys", "{\"count\":1}", "Idempotency-Key", "k-" + id);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<Map<String, Object>> keys = r.get("keys");
        return new String[] {id, keys.get(0).get("keySerial").toString()};
    }

    /** A session the guest escalated by asking for staff verification, with its reservation selected. */
    public String escalated() {
        String id = documentVerified()[0];
        Backend.Response r = kiosk(id, "/identity", "{\"method\":\"STAFF\"}");
        assertThat((String) r.get("state")).as(r.body()).isEqualTo("ESCALATED");
        return id;
    }

    /** A reservation checked in at the desk with one key; returns [reservationId, keySerial]. */
    public long[] checkedIn() {
        Reservation res = booked();
        Backend.Response r = b.post("/api/v1/staff/reservations/" + res.getId() + "/check-in", admin, "{\"keyCount\":1}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<Map<String, Object>> keys = r.get("keys");
        return new long[] {res.getId(), ((Number) keys.get(0).get("keySerial")).longValue()};
    }

    public long vacantRoom() {
        return p.room(own.hotel().getId(), own.type().getId(), "V" + SEQ.incrementAndGet() % 100000, 7, "QUIET",
                RoomStatus.VACANT_DIRTY).getId();
    }

    public long kioskId() {
        return p.kiosk(own.hotel().getId(), "KX" + SEQ.incrementAndGet(), "Extra kiosk", "tok-" + UUID.randomUUID()).getId();
    }
}
