package org.opencheckin.backend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencheckin.backend.support.Backend;
import org.opencheckin.backend.support.Sql;
import org.opencheckin.backend.support.TestBackends;
import org.opencheckin.backend.support.TestHotel;

/**
 * Issue 2 acceptance: 20 parallel check-ins race for the last ready room of a type; exactly one
 * gets it, the other 19 get a 409 problem, the room is assigned once. Run on H2, on MariaDB,
 * and with the 20 requests spread over two backend instances on one MariaDB database.
 */
class RoomAssignmentRaceTest {
    static final int RACERS = 20;

    static List<String> backends() {
        return TestBackends.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void twentyCheckinsRaceForTheLastRoom(String backendName) throws Exception {
        Backend b = TestBackends.byName(backendName);
        race(b, b);
    }

    @Test
    void twentyCheckinsOnTwoBackendInstancesRaceForTheLastRoom() throws Exception {
        race(TestBackends.mariadb(), TestBackends.mariadbSecondInstance());
    }

    private static void race(Backend first, Backend second) throws Exception {
        TestHotel hotel = TestHotel.create(first, 1, RACERS);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            ids.add(hotel.toIdentityVerified(i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Backend.Response>> results = new ArrayList<>();
        try {
            for (int i = 0; i < RACERS; i++) {
                Backend target = i % 2 == 0 ? first : second;
                String id = ids.get(i);
                results.add(pool.submit(() -> {
                    go.await();
                    return target.post("/api/v1/checkins/" + id + "/room", hotel.kioskToken(), "{}");
                }));
            }
            go.countDown();
            int won = 0;
            int conflicts = 0;
            for (Future<Backend.Response> f : results) {
                Backend.Response r = f.get(60, TimeUnit.SECONDS);
                if (r.status() == 200) {
                    won++;
                    assertThat((String) r.get("roomNumber")).isEqualTo("100");
                } else {
                    assertThat(r.status()).as(r.body()).isEqualTo(409);
                    assertThat(r.contentType()).startsWith("application/problem+json");
                    assertThat(r.problemCode()).isEqualTo("no-room-ready");
                    conflicts++;
                }
            }
            assertThat(won).isEqualTo(1);
            assertThat(conflicts).isEqualTo(RACERS - 1);
        } finally {
            pool.shutdownNow();
        }
        long hotelId = hotel.hotel().getId();
        assertThat(Sql.count(first, "SELECT COUNT(*) FROM checkin_session WHERE hotel_id = ? AND room_id IS NOT NULL", hotelId))
                .isEqualTo(1);
        assertThat(Sql.count(first, "SELECT COUNT(*) FROM checkin_session WHERE hotel_id = ? AND state = 'ROOM_ASSIGNED'", hotelId))
                .isEqualTo(1);
        assertThat(Sql.count(first, "SELECT COUNT(*) FROM checkin_session WHERE hotel_id = ? AND state = 'IDENTITY_VERIFIED'", hotelId))
                .isEqualTo(RACERS - 1);
        assertThat(Sql.count(first, "SELECT COUNT(*) FROM room WHERE hotel_id = ? AND status = 'OCCUPIED'"
                + " AND current_reservation_id IS NOT NULL", hotelId)).isEqualTo(1);
        assertThat(Sql.count(first, "SELECT COUNT(*) FROM room WHERE hotel_id = ? AND status = 'VACANT_CLEAN'", hotelId))
                .isZero();
    }
}
