package org.opencheckin.backend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencheckin.backend.support.Backend;
import org.opencheckin.backend.support.Sql;
import org.opencheckin.backend.support.TestBackends;
import org.opencheckin.backend.support.TestHotel;

/**
 * Issue 2 acceptance: malformed JSON, missing fields, wrong types, 10 KB names, SQL and HTML in
 * names, unknown ids -> the right 4xx as application/problem+json, and nothing written.
 */
class BadInputTest {
    static final String TEN_KB_NAME = "A".repeat(10 * 1024);
    static final String FUTURE = LocalDate.now().plusYears(2).toString();

    static String doc(String type, String number, String name, String birth, String expiry) {
        return "{\"documentType\":" + type + ",\"documentNumber\":" + number + ",\"fullName\":" + name
                + ",\"birthDate\":" + birth + ",\"expiryDate\":" + expiry + "}";
    }

    /** backend, case name, body, expected status, expected field error (or null). */
    static Stream<Arguments> badDocuments() {
        List<Object[]> cases = List.of(
                new Object[]{"malformed JSON", "{\"documentType\": \"PASSPORT\", ", 400, null},
                new Object[]{"not an object", "[1,2,3]", 400, null},
                new Object[]{"empty body", "", 400, null},
                new Object[]{"missing fields", "{}", 400, "documentNumber"},
                new Object[]{"unknown document type", doc("\"DRIVING_LICENCE\"", "\"X1\"", "\"Ann Lee\"", "\"1980-01-01\"", "\"" + FUTURE + "\""), 400, null},
                new Object[]{"number as object", doc("\"PASSPORT\"", "{\"a\":1}", "\"Ann Lee\"", "\"1980-01-01\"", "\"" + FUTURE + "\""), 400, null},
                new Object[]{"date wrong type", doc("\"PASSPORT\"", "\"X1\"", "\"Ann Lee\"", "{\"y\":1}", "\"" + FUTURE + "\""), 400, null},
                new Object[]{"date nonsense", doc("\"PASSPORT\"", "\"X1\"", "\"Ann Lee\"", "\"1980-13-45\"", "\"" + FUTURE + "\""), 400, null},
                new Object[]{"10 KB name", doc("\"PASSPORT\"", "\"X1\"", "\"" + TEN_KB_NAME + "\"", "\"1980-01-01\"", "\"" + FUTURE + "\""), 400, "fullName"},
                new Object[]{"SQL in name", doc("\"PASSPORT\"", "\"X1\"", "\"Robert'); DROP TABLE reservation;--\"", "\"1980-01-01\"", "\"" + FUTURE + "\""), 400, "fullName"},
                new Object[]{"SQL in number", doc("\"PASSPORT\"", "\"1' OR '1'='1\"", "\"Ann Lee\"", "\"1980-01-01\"", "\"" + FUTURE + "\""), 400, "documentNumber"},
                new Object[]{"HTML in name", doc("\"PASSPORT\"", "\"X1\"", "\"<script>alert(1)</script>\"", "\"1980-01-01\"", "\"" + FUTURE + "\""), 400, "fullName"},
                new Object[]{"birth date in future", doc("\"PASSPORT\"", "\"X1\"", "\"Ann Lee\"", "\"" + FUTURE + "\"", "\"" + FUTURE + "\""), 400, "birthDate"},
                new Object[]{"expired document", doc("\"PASSPORT\"", "\"X1\"", "\"Ann Lee\"", "\"1980-01-01\"", "\"2012-04-15\""), 422, null},
                new Object[]{"nobody due with this document", doc("\"PASSPORT\"", "\"ZZ999\"", "\"Nobody Known\"", "\"1980-01-01\"", "\"" + FUTURE + "\""), 404, null});
        return TestBackends.names().stream().flatMap(n -> cases.stream().map(c -> Arguments.of(n, c[0], c[1], c[2], c[3])));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badDocuments")
    void badDocumentIsRefusedAndNothingIsWritten(String backendName, String caseName, String body, int status,
                                                 String field) {
        Backend b = TestBackends.byName(backendName);
        TestHotel hotel = TestHotel.create(b, 1, 1);
        String id = hotel.start().get("checkinId");
        long auditBefore = Sql.count(b, "SELECT COUNT(*) FROM audit_event WHERE hotel_id = ?", hotel.hotel().getId());

        Backend.Response r = hotel.post(id, "/document", body);

        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(((Number) r.get("status")).intValue()).isEqualTo(status);
        assertThat((String) r.get("type")).startsWith("urn:opencheckin:problem:");
        if (field != null) {
            List<Map<String, Object>> errors = r.get("errors");
            assertThat(errors).extracting(e -> e.get("field")).contains(field);
        }
        assertThat(r.body()).doesNotContain(TEN_KB_NAME);
        List<Object> row = Sql.rows(b, "SELECT state, document_number_enc, candidate_ids FROM checkin_session WHERE id = ?", id).get(0);
        assertThat(row).containsExactly("STARTED", null, null);
        assertThat(Sql.count(b, "SELECT COUNT(*) FROM audit_event WHERE hotel_id = ?", hotel.hotel().getId())).isEqualTo(auditBefore);
        assertThat(Sql.count(b, "SELECT COUNT(*) FROM reservation WHERE hotel_id = ? AND status = 'BOOKED'", hotel.hotel().getId()))
                .isEqualTo(1);
    }

    static Stream<Arguments> badRequests() {
        return TestBackends.names().stream().flatMap(n -> Stream.of(
                Arguments.of(n, "unknown check-in id", "/api/v1/checkins/00000000-0000-0000-0000-000000000000/abandon", null, 404),
                Arguments.of(n, "10 KB check-in id", "/api/v1/checkins/" + "x".repeat(10 * 1024) + "/abandon", null, 413),
                Arguments.of(n, "1 KB check-in id", "/api/v1/checkins/" + "x".repeat(1024) + "/abandon", null, 404),
                Arguments.of(n, "SQL as check-in id", "/api/v1/checkins/1'%20OR%20'1'='1/abandon", null, 404),
                Arguments.of(n, "key serial not a number", "/api/v1/checkins/{id}/keys/abc/dispensed", null, 400),
                Arguments.of(n, "unknown key serial", "/api/v1/checkins/{id}/keys/999999999/dispensed", null, 409),
                Arguments.of(n, "unknown reservation id", "/api/v1/checkins/{id}/reservation", "{\"reservationId\":99999999}", 404),
                Arguments.of(n, "reservation id wrong type", "/api/v1/checkins/{id}/reservation", "{\"reservationId\":\"abc\"}", 400),
                Arguments.of(n, "negative reservation id", "/api/v1/checkins/{id}/reservation", "{\"reservationId\":-5}", 400),
                Arguments.of(n, "lookup code with SQL", "/api/v1/checkins/{id}/lookup", "{\"confirmationCode\":\"x' OR 1=1 --\"}", 400),
                Arguments.of(n, "lookup unknown code", "/api/v1/checkins/{id}/lookup", "{\"confirmationCode\":\"NOPE123\"}", 404),
                Arguments.of(n, "identity score out of range", "/api/v1/checkins/{id}/identity", "{\"method\":\"FACE\",\"faceScore\":7,\"livenessScore\":0.9}", 400),
                Arguments.of(n, "identity before document", "/api/v1/checkins/{id}/identity", "{\"method\":\"FACE\",\"faceScore\":0.9,\"livenessScore\":0.9}", 409),
                Arguments.of(n, "room before identity", "/api/v1/checkins/{id}/room", "{}", 409),
                Arguments.of(n, "room preferences wrong type", "/api/v1/checkins/{id}/room", "{\"preferences\":42}", 400),
                Arguments.of(n, "room preference with markup", "/api/v1/checkins/{id}/room", "{\"preferences\":[\"<b>\"]}", 400),
                Arguments.of(n, "keys without Idempotency-Key", "/api/v1/checkins/{id}/keys", "{\"count\":1}", 400),
                Arguments.of(n, "escalate with 10 KB reason", "/api/v1/checkins/{id}/escalate", "{\"reason\":\"" + "r".repeat(10240) + "\"}", 400),
                Arguments.of(n, "escalate without reason", "/api/v1/checkins/{id}/escalate", "{}", 400),
                Arguments.of(n, "complete at start", "/api/v1/checkins/{id}/complete", null, 409)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badRequests")
    void badRequestIsRefusedAndNothingIsWritten(String backendName, String caseName, String path, String body, int status) {
        Backend b = TestBackends.byName(backendName);
        TestHotel hotel = TestHotel.create(b, 1, 1);
        String id = hotel.start().get("checkinId");
        long auditBefore = Sql.count(b, "SELECT COUNT(*) FROM audit_event WHERE hotel_id = ?", hotel.hotel().getId());

        Backend.Response r = b.post(path.replace("{id}", id), hotel.kioskToken(), body);

        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(Sql.value(b, "SELECT state FROM checkin_session WHERE id = ?", id)).isEqualTo("STARTED");
        assertThat(Sql.count(b, "SELECT COUNT(*) FROM audit_event WHERE hotel_id = ?", hotel.hotel().getId())).isEqualTo(auditBefore);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.opencheckin.backend.support.TestBackends#names")
    void tokensAreCheckedAndScopedToTheKiosksHotel(String backendName) {
        Backend b = TestBackends.byName(backendName);
        TestHotel mine = TestHotel.create(b, 1, 1);
        TestHotel other = TestHotel.create(b, 1, 1);
        String id = mine.start().get("checkinId");

        Backend.Response noToken = b.post("/api/v1/checkins", null, null);
        assertThat(noToken.status()).isEqualTo(401);
        assertThat(noToken.contentType()).startsWith("application/problem+json");
        assertThat(b.post("/api/v1/checkins", "not-a-real-token", null).status()).isEqualTo(401);
        assertThat(b.get("/api/v1/checkins/" + id, "a.b.c").status()).isEqualTo(401);
        // The other hotel's kiosk cannot see or touch this session: it does not exist for it.
        Backend.Response foreign = b.get("/api/v1/checkins/" + id, other.kioskToken());
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(b.post("/api/v1/checkins/" + id + "/abandon", other.kioskToken(), null).status()).isEqualTo(404);
        assertThat(b.post("/api/v1/checkins/" + id + "/document", other.kioskToken(), mine.documentJson(0)).status())
                .isEqualTo(404);
        assertThat(Sql.value(b, "SELECT state FROM checkin_session WHERE id = ?", id)).isEqualTo("STARTED");
        // Nor find the other hotel's guests with their documents.
        String otherId = other.start().get("checkinId");
        assertThat(other.post(otherId, "/document", mine.documentJson(0)).status()).isEqualTo(404);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.opencheckin.backend.support.TestBackends#names")
    void wrongMethodMediaTypeAndRouteAreProblemsToo(String backendName) {
        Backend b = TestBackends.byName(backendName);
        TestHotel hotel = TestHotel.create(b, 1, 1);
        String id = hotel.start().get("checkinId");
        Backend.Response wrongType = b.send("POST", "/api/v1/checkins/" + id + "/lookup", hotel.kioskToken(), null,
                "Content-Type", "text/plain");
        assertThat(wrongType.status()).isEqualTo(415);
        Backend.Response wrongMethod = b.get("/api/v1/checkins/" + id + "/room", hotel.kioskToken());
        assertThat(wrongMethod.status()).isEqualTo(405);
        Backend.Response noRoute = b.get("/api/v1/no-such-thing", hotel.kioskToken());
        assertThat(noRoute.status()).isEqualTo(404);
        for (Backend.Response r : java.util.List.of(wrongType, wrongMethod, noRoute)) {
            assertThat(r.contentType()).startsWith("application/problem+json");
        }
        assertThat(Sql.value(b, "SELECT state FROM checkin_session WHERE id = ?", id)).isEqualTo("STARTED");
    }
}
