package org.opencheckin.backend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencheckin.backend.support.Backend;
import org.opencheckin.backend.support.Sql;
import org.opencheckin.backend.support.TestBackends;
import org.opencheckin.backend.support.TestHotel;

/**
 * Issue 2 acceptance: the same keys request (same Idempotency-Key) sent 10 times concurrently
 * yields one set of keys; the room's key sequence is raised once.
 */
class KeyIdempotencyTest {

    static List<String> backends() {
        return TestBackends.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void tenConcurrentIdenticalKeysRequestsYieldOneSetOfKeys(String backendName) throws Exception {
        Backend b = TestBackends.byName(backendName);
        TestHotel hotel = TestHotel.create(b, 2, 1);
        String id = hotel.toIdentityVerified(0);
        assertThat(hotel.post(id, "/room", "{}").status()).isEqualTo(200);

        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Backend.Response>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return hotel.post(id, "/keys", "{\"count\":2}", "Idempotency-Key", "same-key-" + id);
                }));
            }
            go.countDown();
            Set<List<Object>> distinctKeySets = new HashSet<>();
            for (Future<Backend.Response> f : futures) {
                Backend.Response r = f.get(60, TimeUnit.SECONDS);
                assertThat(r.status()).as(r.body()).isEqualTo(200);
                List<Map<String, Object>> keys = r.get("keys");
                assertThat(keys).hasSize(2);
                List<Object> serialsAndPayloads = new ArrayList<>();
                for (Map<String, Object> k : keys) {
                    serialsAndPayloads.add(k.get("keySerial"));
                    serialsAndPayloads.add(k.get("payload"));
                }
                distinctKeySets.add(serialsAndPayloads);
            }
            assertThat(distinctKeySets).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(Sql.count(b, "SELECT COUNT(*) FROM key_card WHERE checkin_id = ?", id)).isEqualTo(2);
        assertThat(Sql.count(b, "SELECT COUNT(*) FROM idempotency_record WHERE scope = ?", "checkin-keys:" + id)).isEqualTo(1);
        assertThat(Sql.count(b, "SELECT MAX(key_sequence) FROM room WHERE hotel_id = ?", hotel.hotel().getId())).isEqualTo(1);

        // The same key with a different request is refused, and writes nothing.
        Backend.Response reused = hotel.post(id, "/keys", "{\"count\":1}", "Idempotency-Key", "same-key-" + id);
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.problemCode()).isEqualTo("idempotency-key-reused");
        // A new key is a new request: one duplicate card with the same sequence.
        Backend.Response another = hotel.post(id, "/keys", "{\"count\":1}", "Idempotency-Key", "second-" + id);
        assertThat(another.status()).as(another.body()).isEqualTo(200);
        List<Map<String, Object>> dup = another.get("keys");
        assertThat(dup.get(0).get("duplicate")).isEqualTo(true);
        assertThat(((Number) dup.get(0).get("keySequence")).longValue()).isEqualTo(1L);
        assertThat(Sql.count(b, "SELECT COUNT(*) FROM key_card WHERE checkin_id = ?", id)).isEqualTo(3);
    }
}
