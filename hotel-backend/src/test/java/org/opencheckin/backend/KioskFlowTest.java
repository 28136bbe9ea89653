package org.opencheckin.backend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencheckin.backend.security.DocumentCrypto;
import org.opencheckin.backend.service.AuditTrail;
import org.opencheckin.backend.service.KeyCardSigner;
import org.opencheckin.backend.support.Backend;
import org.opencheckin.backend.support.Sql;
import org.opencheckin.backend.support.TestBackends;
import org.opencheckin.backend.support.TestHotel;

/** The whole kiosk flow of issue 2 section 5, end to end over HTTP, on H2 and on MariaDB. */
class KioskFlowTest {

    static List<String> backends() {
        return TestBackends.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void guestChecksInAndGetsSignedKeys(String backendName) {
        Backend b = TestBackends.byName(backendName);
        TestHotel hotel = TestHotel.create(b, 3, 2);
        Backend.Response start = hotel.start();
        assertThat(start.status()).isEqualTo(201);
        assertThat((String) start.get("state")).isEqualTo("STARTED");
        assertThat((String) start.get("expiresAt")).isNotBlank();
        String id = start.get("checkinId");

        Backend.Response doc = hotel.post(id, "/document", hotel.documentJson(1));
        assertThat(doc.status()).as(doc.body()).isEqualTo(200);
        assertThat((String) doc.get("state")).isEqualTo("DOCUMENT_VERIFIED");
        List<Map<String, Object>> found = doc.get("reservations");
        assertThat(found).hasSize(1);
        assertThat(found.get(0)).containsKeys("reservationId", "confirmationCode", "arrival", "departure", "roomType", "adults");
        long reservationId = ((Number) found.get(0).get("reservationId")).longValue();
        assertThat(reservationId).isEqualTo(hotel.reservations().get(1).getId());

        assertThat(hotel.post(id, "/reservation", "{\"reservationId\":" + reservationId + "}").status()).isEqualTo(200);
        Backend.Response identity = hotel.post(id, "/identity",
                "{\"method\":\"FACE\",\"faceScore\":0.46,\"livenessScore\":0.9,\"modelId\":\"sface-2021dec\"}");
        assertThat((String) identity.get("decision")).isEqualTo("MATCH");
        assertThat((String) identity.get("state")).isEqualTo("IDENTITY_VERIFIED");

        Backend.Response room = hotel.post(id, "/room", "{\"preferences\":{\"cityView\":true,\"highFloor\":false}}");
        assertThat(room.status()).as(room.body()).isEqualTo(200);
        assertThat((String) room.get("roomNumber")).isEqualTo("101"); // the only clean CITY_VIEW room
        assertThat(((Number) room.get("floor")).intValue()).isEqualTo(1);

        Backend.Response keys = hotel.post(id, "/keys", "{\"count\":2}", "Idempotency-Key", "flow-" + id);
        assertThat(keys.status()).as(keys.body()).isEqualTo(200);
        List<Map<String, Object>> cards = keys.get("keys");
        assertThat(cards).hasSize(2);
        byte[] secret = hotel.keySecret().getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 2; i++) {
            Map<String, Object> card = cards.get(i);
            String payloadB64 = (String) card.get("payload");
            assertThat(payloadB64).hasSize(64);
            byte[] payload = Base64.getDecoder().decode(payloadB64);
            assertThat(KeyCardSigner.verify(payload, secret)).isTrue();
            ByteBuffer p = ByteBuffer.wrap(payload);
            assertThat(p.get(0)).isEqualTo((byte) 1);
            assertThat(Integer.toUnsignedLong(p.getInt(1))).isEqualTo(hotel.hotel().getId());
            assertThat(new String(payload, 5, 6, StandardCharsets.US_ASCII)).isEqualTo("101   ");
            assertThat(p.getInt(11)).isEqualTo(1);
            assertThat(p.getLong(23)).isEqualTo(((Number) card.get("keySerial")).longValue());
            assertThat(payload[31]).isEqualTo((byte) (i == 0 ? 0 : 1));
            assertThat(Integer.toUnsignedLong(p.getInt(19))).isGreaterThan(Integer.toUnsignedLong(p.getInt(15)));
        }
        long serial = ((Number) cards.get(0).get("keySerial")).longValue();
        assertThat(hotel.post(id, "/complete", null).status()).isEqualTo(409); // no key dispensed yet
        assertThat(hotel.post(id, "/keys/" + serial + "/dispensed", null).status()).isEqualTo(200);
        long other = ((Number) cards.get(1).get("keySerial")).longValue();
        assertThat(hotel.post(id, "/keys/" + other + "/failed", "{\"reason\":\"encoder write failed\"}").status())
                .isEqualTo(200);
        Backend.Response done = hotel.post(id, "/complete", null);
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat((String) done.get("state")).isEqualTo("COMPLETED");

        Backend.Response view = b.get("/api/v1/checkins/" + id, hotel.kioskToken());
        Map<String, Object> transitions = view.get("transitions");
        assertThat(transitions).containsOnlyKeys("STARTED", "DOCUMENT_VERIFIED", "IDENTITY_VERIFIED", "ROOM_ASSIGNED",
                "KEYS_ISSUED", "COMPLETED");
        List<Map<String, Object>> viewKeys = view.get("keys");
        assertThat(viewKeys).extracting(k -> k.get("status")).containsExactly("DISPENSED", "FAILED");

        // The reservation is checked in with the document stored encrypted and findable by keyed hash.
        List<Object> res = Sql.rows(b, "SELECT status, room_id, document_number_enc, document_number_hash, document_type,"
                + " guest_nationality, guest_birth_date, checked_in_at FROM reservation WHERE id = ?", reservationId).get(0);
        assertThat(res.get(0)).isEqualTo("CHECKED_IN");
        assertThat(res.get(1)).isNotNull();
        assertThat(res.subList(4, 7)).extracting(String::valueOf).containsExactly("PASSPORT", "UTO", "1980-01-01");
        assertThat(res.get(7)).isNotNull();
        String enc = (String) res.get(2);
        String plainDoc = hotel.documentNumbers().get(1);
        assertThat(enc).doesNotContain(plainDoc);
        DocumentCrypto crypto = b.bean(DocumentCrypto.class);
        assertThat(crypto.decrypt(enc)).isEqualTo(plainDoc);
        assertThat(res.get(3)).isEqualTo(crypto.lookupHash("PASSPORT", plainDoc));
        assertThat(Sql.count(b, "SELECT COUNT(*) FROM checkin_session WHERE id = ? AND document_number_enc LIKE ?",
                id, "%" + plainDoc + "%")).isZero();

        // The audit trail recorded the flow and its hash chain verifies.
        assertThat(Sql.count(b, "SELECT COUNT(*) FROM audit_event WHERE hotel_id = ?", hotel.hotel().getId()))
                .isGreaterThanOrEqualTo(8);
        AuditTrail audit = b.bean(AuditTrail.class);
        audit.seal(hotel.hotel().getId());
        assertThat(Sql.count(b, "SELECT COUNT(*) FROM audit_event WHERE hotel_id = ? AND entry_hash IS NULL",
                hotel.hotel().getId())).isZero();
        assertThat(audit.verify(hotel.hotel().getId())).isEqualTo(-1L);
        Sql.update(b, "UPDATE audit_event SET detail = 'tampered' WHERE hotel_id = ? AND action = 'checkin.room-assigned'",
                hotel.hotel().getId());
        assertThat(audit.verify(hotel.hotel().getId())).isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void confirmationCodeThenDocumentAndHeartbeat(String backendName) {
        Backend b = TestBackends.byName(backendName);
        TestHotel hotel = TestHotel.create(b, 1, 2);
        String id = hotel.start().get("checkinId");
        String code = hotel.reservations().get(0).getConfirmationCode();
        Backend.Response lookup = hotel.post(id, "/lookup", "{\"confirmationCode\":\"" + code.toLowerCase() + "\"}");
        assertThat(lookup.status()).as(lookup.body()).isEqualTo(200);
        assertThat((String) lookup.get("state")).isEqualTo("STARTED");
        // Someone else's document does not fit the reservation found by code.
        Backend.Response wrongDoc = hotel.post(id, "/document", hotel.documentJson(1));
        assertThat(wrongDoc.status()).isEqualTo(422);
        assertThat(wrongDoc.problemCode()).isEqualTo("document-mismatch");
        Backend.Response rightDoc = hotel.post(id, "/document", hotel.documentJson(0));
        assertThat(rightDoc.status()).isEqualTo(200);
        assertThat((String) rightDoc.get("state")).isEqualTo("DOCUMENT_VERIFIED");

        Backend.Response beat = b.send("PUT", "/api/v1/kiosks/self/status", hotel.kioskToken(),
                "{\"devices\":{\"idReader\":\"OK\",\"dispenser\":\"CARD_LOW\"},\"cardStock\":12}");
        assertThat(beat.status()).as(beat.body()).isEqualTo(200);
        String stored = (String) Sql.value(b, "SELECT device_status FROM kiosk WHERE hotel_id = ?", hotel.hotel().getId());
        assertThat(stored).contains("CARD_LOW");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void documentsAsReadersDeliverThemAreAccepted(String backendName) {
        Backend b = TestBackends.byName(backendName);
        TestHotel hotel = TestHotel.create(b, 2, 2);
        // MRZ style: fillers in number and name, one-letter nationality (Germany), no expiry date (long-term ID).
        String mrz = hotel.start().get("checkinId");
        Backend.Response r = hotel.post(mrz, "/document", "{\"documentType\":\"PASSPORT\",\"documentNumber\":\""
                + hotel.documentNumbers().get(0) + "<<\",\"fullName\":\"TESTER<<GUEST<AA\",\"birthDate\":\"1980-01-01\","
                + "\"nationality\":\"D\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat((String) r.get("state")).isEqualTo("DOCUMENT_VERIFIED");
        assertThat(Sql.value(b, "SELECT guest_nationality FROM checkin_session WHERE id = ?", mrz)).isEqualTo("D");
        // A Chinese transliterated name with the middle dot.
        String chinese = hotel.start().get("checkinId");
        Backend.Response c = hotel.post(chinese, "/document", "{\"documentType\":\"PASSPORT\",\"documentNumber\":\""
                + hotel.documentNumbers().get(1) + "\",\"fullName\":\"\u963f\u535c\u675c\u00b7\u70ed\u5408\u66fc\","
                + "\"birthDate\":\"1980-01-01\",\"nationality\":\"CHN\",\"expiryDate\":\"2099-12-31\"}");
        assertThat(c.status()).as(c.body()).isEqualTo(200);
    }
}
