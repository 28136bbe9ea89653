package org.opencheckin.admin.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The pages over real HTTP, as a browser sees them (cookies kept, redirects not followed), against a scripted
 * backend: sign-in and its failures, escaping of guest strings, the CSRF token, what each role is offered.
 */
class AdminPagesTest extends PagesOverHttp {
    private static final String HOSTILE = "<script>alert(1)</script>";
    private static final String ESCALATION = "[{\"checkinId\":\"c-1\",\"kioskCode\":\"KIOSK-1\",\"state\":\"ESCALATED\","
            + "\"escalatedAt\":\"2026-11-28T10:00:00Z\",\"reason\":\"" + HOSTILE.replace("/", "\\/") + " reason\","
            + "\"identityMethod\":\"FACE\",\"decision\":\"REVIEW\",\"faceScore\":0.41,\"livenessScore\":0.93,\"candidates\":[],"
            + "\"reservation\":{\"reservationId\":7,\"hotelCode\":\"DEMO\",\"confirmationCode\":\"DM1007\","
            + "\"guestName\":\"" + HOSTILE + "\",\"documentOnFile\":true,\"arrival\":\"2026-11-28\","
            + "\"departure\":\"2026-11-30\",\"adults\":2,\"roomType\":\"STD\",\"status\":\"BOOKED\"}}]";

    @Test
    void withoutASessionEveryPageLeadsToTheLoginPage() throws Exception {
        for (String path : new String[] {"/", "/escalations", "/escalations/queue", "/kiosks", "/audit"}) {
            HttpResponse<String> page = get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(303);
            assertThat(page.headers().firstValue("Location")).as(path).hasValue("/login");
        }
        assertThat(backend.received()).isEmpty();
    }

    @Test
    void aWrongPasswordSaysSoAndSignsNobodyIn() throws Exception {
        backend.problem("POST /api/v1/auth/login", 401, "invalid-credentials", "Unknown user or wrong password");

        HttpResponse<String> page = post("/login", Map.of("username", "admin", "password", "wrong"));

        assertThat(page.statusCode()).isEqualTo(401);
        assertThat(page.body()).contains("Wrong user name or password").contains("value=\"admin\"")
                .doesNotContain("Exception").doesNotContain("at org.");
        assertThat(get("/escalations").statusCode()).isEqualTo(303);
    }

    @Test
    void aLockedOutUserNameIsToldToWaitNotThatThePasswordIsWrong() throws Exception {
        backend.problem("POST /api/v1/auth/login", 429, "too-many-attempts",
                "Too many failed attempts for this account; try again in 30 s");

        HttpResponse<String> page = post("/login", Map.of("username", "admin", "password", "admin"));

        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(page.body()).contains("Too many wrong passwords for this user name").contains("value=\"admin\"")
                .doesNotContain("Wrong user name or password");
        assertThat(get("/escalations").statusCode()).isEqualTo(303);
    }

    @Test
    void anUnreachableBackendIsExplainedWithoutAStackTrace() throws Exception {
        try (ApplicationContext offline = ApplicationContext.run(Map.of("admin.backend.url", "http://127.0.0.1:1",
                "micronaut.server.port", -1));
             EmbeddedServer app = offline.getBean(EmbeddedServer.class).start()) {
            HttpResponse<String> page = browser.send(HttpRequest.newBuilder(app.getURI().resolve("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=admin")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.body()).contains("The hotel backend cannot be reached right now")
                    .doesNotContain("Exception").doesNotContain("Connection refused");
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteStrictAndTheJwtNeverReachesTheBrowser() throws Exception {
        HttpResponse<String> login = signIn("ADMIN");

        assertThat(login.statusCode()).isEqualTo(303);
        assertThat(login.headers().firstValue("Location")).hasValue("/escalations");
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("OPENCHECKIN_ADMIN=").containsIgnoringCase("HttpOnly")
                .contains("SameSite=Strict").doesNotContain("jwt-ADMIN");
        backend.json("GET /api/v1/staff/escalations", 200, "[]");
        HttpResponse<String> page = get("/escalations");
        assertThat(page.body()).doesNotContain("jwt-ADMIN").contains("Nobody is waiting");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("script-src 'self'"));
        assertThat(backend.received("GET", "/api/v1/staff/escalations").get(0).authorization()).isEqualTo("Bearer jwt-ADMIN");
    }

    @Test
    void guestStringsAreEscapedOnTheQueue() throws Exception {
        signIn("FRONT_DESK");
        backend.json("GET /api/v1/staff/escalations", 200, ESCALATION);

        for (String path : new String[] {"/escalations", "/escalations/queue"}) {
            String body = get(path).body();
            assertThat(body).as(path).doesNotContain("<script>alert")
                    .contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("DM1007").contains("KIOSK-1");
        }
    }

    @Test
    void approvingNeedsTheSessionsCsrfTokenAndSendsTheDecision() throws Exception {
        signIn("FRONT_DESK");
        backend.json("GET /api/v1/staff/escalations", 200, ESCALATION);
        backend.json("POST /api/v1/staff/escalations/c-1/approve", 200,
                "{\"checkinId\":\"c-1\",\"state\":\"IDENTITY_VERIFIED\",\"reservationId\":7}");
        String csrf = csrf(get("/escalations").body());

        HttpResponse<String> forged = post("/escalations/c-1/approve", Map.of("note", "x"));
        HttpResponse<String> wrong = post("/escalations/c-1/approve", Map.of("csrf", csrf + "x"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(wrong.body()).contains("This form has expired");
        assertThat(backend.received("POST", "/api/v1/staff/escalations/c-1/approve")).isEmpty();

        HttpResponse<String> approved = post("/escalations/c-1/approve", Map.of("csrf", csrf, "note", "passport seen"));

        assertThat(approved.statusCode()).isEqualTo(303);
        assertThat(backend.received("POST", "/api/v1/staff/escalations/c-1/approve").get(0).body())
                .isEqualTo("{\"note\":\"passport seen\"}");
        assertThat(get("/escalations").body()).contains("Approved: the kiosk continues with check-in c-1.");
    }

    @Test
    void withoutAReservationFromTheKioskStaffNameItByConfirmationCode() throws Exception {
        signIn("FRONT_DESK");
        backend.json("GET /api/v1/staff/escalations", 200, "[{\"checkinId\":\"c-2\",\"kioskCode\":\"KIOSK-1\","
                + "\"state\":\"ESCALATED\",\"reason\":\"no booking found\",\"candidates\":[]}]");
        backend.json("GET /api/v1/staff/reservations", 200, "[{\"reservationId\":9,\"hotelCode\":\"DEMO\","
                + "\"confirmationCode\":\"DM1009\",\"guestName\":\"Wang Fang\",\"documentOnFile\":false,"
                + "\"arrival\":\"2026-11-28\",\"departure\":\"2026-11-29\",\"adults\":1,\"roomType\":\"STD\",\"status\":\"BOOKED\"}]");
        backend.json("POST /api/v1/staff/escalations/c-2/approve", 200,
                "{\"checkinId\":\"c-2\",\"state\":\"IDENTITY_VERIFIED\",\"reservationId\":9}");
        String page = get("/escalations").body();
        assertThat(page).contains("name=\"confirmationCode\"").contains("none found yet");
        String csrf = csrf(page);

        post("/escalations/c-2/approve", Map.of("csrf", csrf, "confirmationCode", "DM9999"));
        assertThat(backend.received("POST", "/api/v1/staff/escalations/c-2/approve")).isEmpty();
        assertThat(get("/escalations").body()).contains("No reservation with confirmation code DM9999 at this hotel.");

        post("/escalations/c-2/approve", Map.of("csrf", csrf, "confirmationCode", " dm1009 "));
        assertThat(backend.received("GET", "/api/v1/staff/reservations").get(1).query()).startsWith("q=dm1009");
        assertThat(backend.received("POST", "/api/v1/staff/escalations/c-2/approve").get(0).body())
                .isEqualTo("{\"reservationId\":9}");
    }

    @Test
    void denyingNeedsAReasonAndShowsTheBackendsRefusal() throws Exception {
        signIn("FRONT_DESK");
        backend.json("GET /api/v1/staff/escalations", 200, "[]");
        backend.problem("POST /api/v1/staff/escalations/c-1/deny", 409, "illegal-transition",
                "The check-in is FAILED, not ESCALATED");
        String csrf = csrf(get("/escalations").body());

        post("/escalations/c-1/deny", Map.of("csrf", csrf, "reason", "  "));
        assertThat(backend.received("POST", "/api/v1/staff/escalations/c-1/deny")).isEmpty();
        assertThat(get("/escalations").body()).contains("Say why you deny");

        post("/escalations/c-1/deny", Map.of("csrf", csrf, "reason", "photo does not match"));
        assertThat(backend.received("POST", "/api/v1/staff/escalations/c-1/deny").get(0).body())
                .isEqualTo("{\"reason\":\"photo does not match\"}");
        assertThat(get("/escalations").body()).contains("The hotel backend refused: The check-in is FAILED, not ESCALATED");
    }

    @Test
    void eachRoleIsOfferedOnlyWhatItMayDo() throws Exception {
        backend.json("GET /api/v1/staff/escalations", 200, "[]");
        backend.json("GET /api/v1/staff/kiosks", 200, "[{\"kioskId\":3,\"hotelCode\":\"DEMO\",\"code\":\"KIOSK-1\","
                + "\"name\":\"Lobby\",\"enabled\":true,\"lastHeartbeatAt\":\"2020-01-01T00:00:00Z\","
                + "\"deviceStatus\":\"{\\\"devices\\\":{\\\"idReader\\\":\\\"OK\\\",\\\"cardDispenser\\\":\\\"JAMMED\\\"},\\\"cardStock\\\":\\\"LOW\\\"}\"}]");

        signIn("FRONT_DESK");
        String desk = get("/escalations").body();
        assertThat(desk).contains("href=\"/rooms\"").doesNotContain("href=\"/kiosks\"").doesNotContain("href=\"/audit\"");

        freshBrowser();
        backend.json("GET /api/v1/staff/escalations", 200, "[]");
        backend.json("GET /api/v1/staff/kiosks", 200, "[{\"kioskId\":3,\"hotelCode\":\"DEMO\",\"code\":\"KIOSK-1\","
                + "\"name\":\"Lobby\",\"enabled\":true,\"lastHeartbeatAt\":\"2020-01-01T00:00:00Z\","
                + "\"deviceStatus\":\"{\\\"devices\\\":{\\\"idReader\\\":\\\"OK\\\",\\\"cardDispenser\\\":\\\"JAMMED\\\"},\\\"cardStock\\\":\\\"LOW\\\"}\"}]");
        signIn("MANAGER");
        assertThat(get("/escalations").body()).contains("href=\"/kiosks\"").contains("href=\"/audit\"");
        String kiosks = get("/kiosks").body();
        assertThat(kiosks).contains("cardDispenser: JAMMED").contains("LOW").contains("class=\"stale\"")
                .doesNotContain("/rotate-token").doesNotContain("/disable");

        freshBrowser();
        backend.json("GET /api/v1/staff/kiosks", 200, "[{\"kioskId\":3,\"hotelCode\":\"DEMO\",\"code\":\"KIOSK-1\","
                + "\"name\":\"Lobby\",\"enabled\":true}]");
        signIn("ADMIN");
        assertThat(get("/kiosks").body()).contains("/kiosks/3/rotate-token").contains("/kiosks/3/disable");
    }

    @Test
    void aPageTheBackendForbidsSaysSoAndAnExpiredJwtSignsOut() throws Exception {
        signIn("FRONT_DESK");
        backend.problem("GET /api/v1/staff/audit", 403, "forbidden", "no");
        HttpResponse<String> audit = get("/audit");
        assertThat(audit.statusCode()).isEqualTo(403);
        assertThat(audit.body()).contains("Your role may not do this.");

        backend.problem("GET /api/v1/staff/escalations", 401, "staff-user-disabled", "disabled");
        HttpResponse<String> expired = get("/escalations");
        assertThat(expired.statusCode()).isEqualTo(303);
        assertThat(expired.headers().firstValue("Location")).hasValue("/login");
        backend.json("GET /api/v1/staff/escalations", 200, "[]");
        assertThat(get("/escalations").statusCode()).as("the session is gone").isEqualTo(303);
    }

    @Test
    void logoutNeedsTheTokenAndEndsTheSession() throws Exception {
        signIn("FRONT_DESK");
        backend.json("GET /api/v1/staff/escalations", 200, "[]");
        String csrf = csrf(get("/escalations").body());

        assertThat(post("/logout", Map.of()).statusCode()).isEqualTo(403);
        assertThat(get("/escalations").statusCode()).isEqualTo(200);
        assertThat(post("/logout", Map.of("csrf", csrf)).headers().firstValue("Location")).hasValue("/login");
        assertThat(get("/escalations").statusCode()).isEqualTo(303);
    }

    @Test
    void chineseBrowsersGetChinesePages() throws Exception {
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(server.getURI().resolve("/login"))
                .header("Accept-Language", "zh-CN,zh;q=0.9").GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.body()).contains("用户名").contains("密码").contains("lang=\"zh-CN\"");
    }

    @Test
    void theAuditPageShowsTheChainVerdictAndRoomsAreGroupedByFloor() throws Exception {
        signIn("MANAGER");
        backend.json("GET /api/v1/staff/audit", 200, "{\"hotelCode\":\"DEMO\",\"chainIntact\":false,\"firstBrokenId\":42,"
                + "\"tailDeleted\":false,\"entries\":[{\"id\":42,\"occurredAt\":\"2026-11-28T10:00:00Z\",\"actorType\":\"STAFF\","
                + "\"actorId\":\"admin\",\"action\":\"room.status\",\"subjectType\":\"room\",\"subjectId\":\"5\",\"detail\":\"<b>x</b>\","
                + "\"chainSeq\":9}]}");
        backend.json("GET /api/v1/staff/rooms", 200, "[{\"roomId\":5,\"roomNumber\":\"201\",\"floor\":2,\"roomType\":\"STD\","
                + "\"status\":\"OCCUPIED\",\"features\":\"\",\"keySequence\":4,\"reservationId\":7},"
                + "{\"roomId\":6,\"roomNumber\":\"101\",\"floor\":1,\"roomType\":\"TWN\",\"status\":\"VACANT_DIRTY\","
                + "\"features\":\"\",\"keySequence\":1}]");

        assertThat(get("/audit").body()).contains("Hash chain BROKEN at entry 42").contains("&lt;b&gt;x&lt;/b&gt;");
        String rooms = get("/rooms").body();
        assertThat(rooms.indexOf("Floor 1")).isLessThan(rooms.indexOf("Floor 2")).isPositive();
        assertThat(rooms).contains("/rooms/6/status").doesNotContain("/rooms/5/status");
    }

    @Test
    void aTemplateThatFailsWhileRenderingIsTheErrorPageNotAHangingRequest() throws Exception {
        signIn("FRONT_DESK");

        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(server.getURI().resolve("/test/broken-view"))
                .timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(500);
        assertThat(page.body()).contains("Something went wrong").doesNotContain("guest.name").doesNotContain("at org.");
    }
}
