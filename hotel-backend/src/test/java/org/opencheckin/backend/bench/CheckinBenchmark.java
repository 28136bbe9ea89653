package org.opencheckin.backend.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.opencheckin.backend.model.DocumentType;
import org.opencheckin.backend.model.Hotel;
import org.opencheckin.backend.model.HotelChain;
import org.opencheckin.backend.model.RoomType;
import org.opencheckin.backend.security.DocumentCrypto;
import org.opencheckin.backend.service.GuestNames;
import org.opencheckin.backend.service.HotelProvisioning;
import org.opencheckin.backend.support.TestBackends;

/**
 * Drives N concurrent kiosk clients through the whole kiosk API flow (start, document,
 * identity, room, keys x2, dispensed, complete: 7 calls) against a backend on MariaDB
 * (database {@code opencheckin_bench}, recreated) and prints check-in flows per second and
 * p50/p95/p99 per call. Not a test: run it with the command in docs/benchmarks/backend.md.
 *
 * <p>Arguments: {@code --clients N} (16), {@code --flows F} total flows (3000),
 * {@code --warmup W} flows run first and not measured (5000: on two cores the JIT compilers are
 * still busy after a few hundred flows and take a third of the CPU a short run measures; the
 * report's {@code jit=} figure shows what is left), {@code --db jdbc-url},
 * {@code --pool P} database connections (clients + 4, at least 10).
 */
public final class CheckinBenchmark {
    static final String[] CALLS = {"start", "document", "identity", "room", "keys", "dispensed", "complete"};

    public static void main(String[] args) throws Exception {
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        Map<String, String> a = new LinkedHashMap<>(Map.of("clients", "16", "flows", "3000", "warmup", "5000",
                "db", "jdbc:mysql://127.0.0.1:3306/opencheckin_bench?useUnicode=true&characterEncoding=UTF-8"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            a.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int clients = Integer.parseInt(a.get("clients"));
        int flows = Integer.parseInt(a.get("flows"));
        int warmup = Integer.parseInt(a.get("warmup"));
        String url = a.get("db");
        recreate(url);

        Map<String, Object> p = TestBackends.baseProperties();
        p.put("datasources.default.url", url);
        p.put("datasources.default.driver-class-name", "com.mysql.cj.jdbc.Driver");
        p.put("datasources.default.username", TestBackends.DB_USER);
        p.put("datasources.default.password", TestBackends.DB_PASSWORD);
        p.put("datasources.default.maximum-pool-size", a.containsKey("pool") ? Integer.parseInt(a.get("pool")) : Math.max(10, clients + 4));
        p.put("logger.levels.opencheckin.transitions", "WARN");
        p.put("micronaut.server.port", -1);
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, p, "bench", "mysql")) {
            int total = warmup + flows;
            Fixture f = populate(server.getApplicationContext(), url, total);
            String base = "http://127.0.0.1:" + server.getPort() + "/api/v1/checkins";
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .executor(Executors.newFixedThreadPool(4)).build();
            JsonMapper json = server.getApplicationContext().getBean(JsonMapper.class);
            System.err.printf("bench: %d warm-up flows...%n", warmup);
            run(http, json, base, f, 0, warmup, clients, null);
            long[][] latencies = new long[CALLS.length][flows];
            System.err.printf("bench: %d measured flows with %d concurrent clients...%n", flows, clients);
            CostMeter cost = new CostMeter(url, TestBackends.DB_USER, TestBackends.DB_PASSWORD);
            cost.start();
            long t0 = System.nanoTime();
            int ok = run(http, json, base, f, warmup, flows, clients, latencies);
            double seconds = (System.nanoTime() - t0) / 1e9;
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "clients=%d flows=%d ok=%d seconds=%.2f flows_per_second=%.1f%n",
                    clients, flows, ok, seconds, ok / seconds));
            out.append(String.format(Locale.ROOT, "%-10s %8s %8s %8s %8s%n", "call", "p50_ms", "p95_ms", "p99_ms", "max_ms"));
            for (int c = 0; c < CALLS.length; c++) {
                long[] l = Arrays.copyOf(latencies[c], ok);
                Arrays.sort(l);
                out.append(String.format(Locale.ROOT, "%-10s %8.2f %8.2f %8.2f %8.2f%n", CALLS[c], pct(l, 50),
                        pct(l, 95), pct(l, 99), l.length == 0 ? 0 : l[l.length - 1] / 1e6));
            }
            out.append(cost.report(ok));
            System.out.print(out);
        }
        System.exit(0);
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    record Fixture(String token, List<String> documents) {
    }

    static void recreate(String url) throws Exception {
        String db = url.replaceAll("^.*/([^/?]+)(\\?.*)?$", "$1");
        try (Connection c = DriverManager.getConnection(url, TestBackends.DB_USER, TestBackends.DB_PASSWORD);
             Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS `" + db + "`");
            st.execute("CREATE DATABASE `" + db + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    /** One hotel with {@code n} clean rooms and {@code n} reservations arriving today, inserted in batches. */
    static Fixture populate(ApplicationContext ctx, String url, int n) throws Exception {
        HotelProvisioning prov = ctx.getBean(HotelProvisioning.class);
        DocumentCrypto crypto = ctx.getBean(DocumentCrypto.class);
        HotelChain chain = prov.chain("BENCH", "Bench chain");
        Hotel hotel = prov.hotel(chain.getId(), "BENCH", "Bench hotel", "UTC", "bench-key-secret");
        RoomType type = prov.roomType(hotel.getId(), "STD", "Standard", 2);
        String token = "bench-kiosk-token";
        prov.kiosk(hotel.getId(), "BENCH-1", "Bench kiosk", token);
        List<String> docs = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try (Connection c = DriverManager.getConnection(url, TestBackends.DB_USER, TestBackends.DB_PASSWORD)) {
            c.setAutoCommit(false);
            try (PreparedStatement room = c.prepareStatement("INSERT INTO room (hotel_id, room_type_id, room_number,"
                    + " floor_number, features, status, key_sequence, updated_at) VALUES (?,?,?,?,?,'VACANT_CLEAN',0,?)");
                 PreparedStatement res = c.prepareStatement("INSERT INTO reservation (hotel_id, confirmation_code,"
                         + " guest_name, guest_name_key, document_type, document_number_enc, document_number_hash,"
                         + " arrival, departure, adults, room_type_id, status, created_at, updated_at)"
                         + " VALUES (?,?,?,?,?,?,?,?,?,1,?,'BOOKED',?,?)")) {
                for (int i = 0; i < n; i++) {
                    room.setLong(1, hotel.getId());
                    room.setLong(2, type.getId());
                    room.setString(3, Integer.toString(100000 + i));
                    room.setInt(4, 1 + i / 100);
                    room.setString(5, "QUIET");
                    room.setTimestamp(6, now);
                    room.addBatch();
                    String doc = "B" + (1000000 + i);
                    docs.add(doc);
                    String name = "Bench Guest " + letters(i);
                    res.setLong(1, hotel.getId());
                    res.setString(2, "BR" + i);
                    res.setString(3, name);
                    res.setString(4, GuestNames.key(name));
                    res.setString(5, DocumentType.PASSPORT.name());
                    res.setString(6, crypto.encrypt(doc));
                    res.setString(7, crypto.lookupHash("PASSPORT", doc));
                    res.setDate(8, Date.valueOf(today));
                    res.setDate(9, Date.valueOf(today.plusDays(1)));
                    res.setLong(10, type.getId());
                    res.setTimestamp(11, now);
                    res.setTimestamp(12, now);
                    res.addBatch();
                    if (i % 500 == 499) {
                        room.executeBatch();
                        res.executeBatch();
                    }
                }
                room.executeBatch();
                res.executeBatch();
            }
            c.commit();
        }
        return new Fixture(token, docs);
    }

    static String letters(int i) {
        StringBuilder sb = new StringBuilder();
        do {
            sb.append((char) ('a' + i % 26));
            i /= 26;
        } while (i > 0);
        return "X" + sb;
    }

    /** Runs flows {@code from..from+count-1} on {@code clients} threads; returns the completed count. */
    static int run(HttpClient http, JsonMapper json, String base, Fixture f, int from, int count, int clients,
                   long[][] latencies) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int t = 0; t < clients; t++) {
            pool.submit(() -> {
                int k;
                while ((k = next.getAndIncrement()) < count) {
                    try {
                        long[] l = flow(http, json, base, f, from + k);
                        int slot = done.getAndIncrement();
                        if (latencies != null) {
                            for (int c = 0; c < CALLS.length; c++) {
                                latencies[c][slot] = l[c];
                            }
                        }
                    } catch (Exception e) {
                        System.err.println("bench: flow " + (from + k) + " failed: " + e.getMessage());
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        return done.get();
    }

    @SuppressWarnings("unchecked")
    static long[] flow(HttpClient http, JsonMapper json, String base, Fixture f, int i) throws Exception {
        long[] l = new long[CALLS.length];
        String doc = f.documents().get(i);
        Map<String, Object> start = call(http, json, l, 0, base, f.token(), null, null);
        String id = (String) start.get("checkinId");
        String b = base + "/" + id;
        call(http, json, l, 1, b + "/document", f.token(), "{\"documentType\":\"PASSPORT\",\"documentNumber\":\"" + doc
                + "\",\"fullName\":\"Bench Guest " + letters(i) + "\",\"birthDate\":\"1980-01-01\",\"expiryDate\":\"2035-01-01\"}", null);
        call(http, json, l, 2, b + "/identity", f.token(), "{\"method\":\"FACE\",\"faceScore\":0.7,\"livenessScore\":0.9,\"modelId\":\"bench\"}", null);
        call(http, json, l, 3, b + "/room", f.token(), "{}", null);
        Map<String, Object> keys = call(http, json, l, 4, b + "/keys", f.token(), "{\"count\":2}", "bench-" + id);
        Object serial = ((List<Map<String, Object>>) keys.get("keys")).get(0).get("keySerial");
        call(http, json, l, 5, b + "/keys/" + serial + "/dispensed", f.token(), null, null);
        call(http, json, l, 6, b + "/complete", f.token(), null, null);
        return l;
    }

    static Map<String, Object> call(HttpClient http, JsonMapper json, long[] l, int slot, String url, String token,
                                    String body, String idempotencyKey) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            r.header("Content-Type", "application/json");
        }
        if (idempotencyKey != null) {
            r.header("Idempotency-Key", idempotencyKey);
        }
        long t = System.nanoTime();
        HttpResponse<String> resp = http.send(r.build(), HttpResponse.BodyHandlers.ofString());
        l[slot] = System.nanoTime() - t;
        if (resp.statusCode() / 100 != 2) {
            throw new IllegalStateException(CALLS[slot] + " -> " + resp.statusCode() + " " + resp.body());
        }
        return json.readValue(resp.body(), Map.class);
    }
}
