package org.opencheckin.backend.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencheckin.backend.staff.StaffBackends;
import org.opencheckin.backend.staff.StaffWorld;
import org.opencheckin.backend.support.Backend;
import org.opencheckin.backend.support.Sql;

/** The integration API for chains' PMS: token, idempotent upsert, cancel, arrivals; H2 and MariaDB. */
class IntegrationApiTest {
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("UTC"));

    static List<String> backends() {
        return StaffBackends.names();
    }

    static String body(String code, String name, LocalDate departure, String documentNumber) {
        return "{" + (code == null ? "" : "\"confirmationCode\":\"" + code + "\",") + "\"guestName\":\"" + name + "\","
                + (documentNumber == null ? "" : "\"documentType\":\"PASSPORT\",\"documentNumber\":\"" + documentNumber + "\",")
                + "\"arrival\":\"" + TODAY + "\",\"departure\":\"" + departure + "\",\"adults\":2,\"roomType\":\"STD\"}";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void clientCredentialsAsAFormGiveAWorkingToken(String backend) throws Exception {
        StaffWorld w = StaffWorld.create(StaffBackends.byName(backend));
        HttpRequest form = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + w.b.server().getPort() + "/api/v1/oauth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=" + w.client.getClientId()
                        + "&client_secret=" + w.clientSecret)).build();
        HttpResponse<String> r = w.b.http().send(form, HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("\"token_type\":\"Bearer\"").contains("\"expires_in\":3600");
        String token = r.body().replaceAll("^.*\"access_token\":\"([^\"]+)\".*$", "$1");
        assertThat(w.b.get("/api/v1/hotels/" + w.ownCode() + "/reservations?arrival=" + TODAY, token).status()).isEqualTo(200);

        Sql.update(w.b, "UPDATE integration_client SET enabled = FALSE WHERE id = ?", w.client.getId());
        Backend.Response disabled = w.b.get("/api/v1/hotels/" + w.ownCode() + "/reservations?arrival=" + TODAY, token);
        assertThat(disabled.status()).as("a client disabled after its token was issued").isEqualTo(401);
        assertThat(w.b.post("/api/v1/oauth/token", null, "{\"grant_type\":\"client_credentials\",\"client_id\":\""
                + w.client.getClientId() + "\",\"client_secret\":\"" + w.clientSecret + "\"}").status()).isEqualTo(401);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void upsertIsIdempotentAndUpdatesByExternalId(String backend) {
        StaffWorld w = StaffWorld.create(StaffBackends.byName(backend));
        String path = "/api/v1/hotels/" + w.ownCode() + "/reservations/PMS-77";
        String first = body("pms" + w.ownCode(), "Ingrid Bergman", TODAY.plusDays(2), "PX998877");
        Backend.Response created = w.b.send("PUT", path, w.integrator, first);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat((String) created.get("confirmationCode")).isEqualTo("PMS" + w.ownCode());
        assertThat((String) created.get("externalId")).isEqualTo("PMS-77");
        assertThat((Boolean) created.get("documentOnFile")).isTrue();
        long id = ((Number) created.get("reservationId")).longValue();
        long audits = Sql.count(w.b, "SELECT COUNT(*) FROM audit_event WHERE hotel_id = ?", w.own.hotel().getId());
        Object updatedAt = Sql.value(w.b, "SELECT updated_at FROM reservation WHERE id = ?", id);

        for (int i = 0; i < 3; i++) {
            Backend.Response replay = w.b.send("PUT", path, w.integrator, first);
            assertThat(replay.status()).isEqualTo(200);
            assertThat(((Number) replay.get("reservationId")).longValue()).isEqualTo(id);
        }
        // the replay without the code is the same reservation too (the code is only used on creation)
        assertThat(w.b.send("PUT", path, w.integrator, body(null, "Ingrid Bergman", TODAY.plusDays(2), "PX998877"))
                .status()).isEqualTo(200);
        assertThat(Sql.count(w.b, "SELECT COUNT(*) FROM reservation WHERE hotel_id = ? AND external_id = 'PMS-77'",
                w.own.hotel().getId())).isEqualTo(1);
        assertThat(Sql.count(w.b, "SELECT COUNT(*) FROM audit_event WHERE hotel_id = ?", w.own.hotel().getId()))
                .as("a replay writes nothing").isEqualTo(audits);
        assertThat(Sql.value(w.b, "SELECT updated_at FROM reservation WHERE id = ?", id)).isEqualTo(updatedAt);

        Backend.Response changed = w.b.send("PUT", path, w.integrator, body(null, "Ingrid Bergman", TODAY.plusDays(4), null));
        assertThat(changed.status()).isEqualTo(200);
        assertThat((String) changed.get("departure")).isEqualTo(TODAY.plusDays(4).toString());
        assertThat((Boolean) changed.get("documentOnFile")).isTrue();

        // the kiosk finds the PMS's reservation by its passport
        String session = w.started();
        Backend.Response doc = w.kiosk(session, "/document", "{\"documentType\":\"PASSPORT\",\"documentNumber\":\"PX998877\","
                + "\"fullName\":\"BERGMAN INGRID\",\"birthDate\":\"1915-08-29\",\"expiryDate\":\"" + TODAY.plusYears(1) + "\"}");
        assertThat(doc.body()).contains("\"reservationId\":" + id);

        Backend.Response list = w.b.get("/api/v1/hotels/" + w.ownCode() + "/reservations?arrival=" + TODAY, w.integrator);
        assertThat(list.body()).contains("\"externalId\":\"PMS-77\"");
        assertThat(w.b.get(path, w.integrator).status()).isEqualTo(200);

        Backend.Response cancelled = w.b.post(path + "/cancel", w.integrator, null);
        assertThat((String) cancelled.get("status")).isEqualTo("CANCELLED");
        assertThat((String) w.b.post(path + "/cancel", w.integrator, null).get("status")).isEqualTo("CANCELLED");
        assertThat(w.b.send("PUT", path, w.integrator, body(null, "Ingrid Bergman", TODAY.plusDays(5), null)).status())
                .isEqualTo(409);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void concurrentFirstPutsCreateOneReservation(String backend) throws Exception {
        StaffWorld w = StaffWorld.create(StaffBackends.byName(backend));
        String path = "/api/v1/hotels/" + w.ownCode() + "/reservations/RACE-1";
        String json = body(null, "Race Guest", TODAY.plusDays(1), null);
        int n = 10;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Backend.Response>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Callable<Backend.Response> call = () -> {
                go.await();
                return w.b.send("PUT", path, w.integrator, json);
            };
            futures.add(pool.submit(call));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        List<Object> ids = new ArrayList<>();
        for (Future<Backend.Response> f : futures) {
            Backend.Response r = f.get();
            statuses.add(r.status());
            ids.add(r.json() == null ? null : r.json().get("reservationId"));
        }
        pool.shutdown();
        assertThat(statuses).as(statuses.toString()).containsOnly(200, 201);
        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(1);
        assertThat(ids.stream().distinct().count()).isEqualTo(1);
        assertThat(Sql.count(w.b, "SELECT COUNT(*) FROM reservation WHERE hotel_id = ? AND external_id = 'RACE-1'",
                w.own.hotel().getId())).isEqualTo(1);
        Map<String, Object> one = w.b.get(path, w.integrator).json();
        assertThat(one.get("status")).isEqualTo("BOOKED");
    }
}
