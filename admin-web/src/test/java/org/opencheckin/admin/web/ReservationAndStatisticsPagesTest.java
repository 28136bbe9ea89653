package org.opencheckin.admin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opencheckin.admin.ScriptedBackend.Received;

/**
 * The reservation forms (new, edit, cancel) and the statistics page over real HTTP against a scripted backend:
 * the JSON each form sends, the backend's field errors beside their fields with what was typed kept, other
 * refusals as a message, CSRF, escaping of hostile names, what each role is offered, zh-CN.
 */
class ReservationAndStatisticsPagesTest extends PagesOverHttp {
    private static final String HOSTILE = "<script>alert(1)</script>' OR 1=1; DROP TABLE reservation;--";
    private static final String HOTEL = "{\"code\":\"DEMO\",\"name\":\"Demo Hotel\",\"timeZone\":\"Asia/Shanghai\","
            + "\"today\":\"2026-11-28\",\"checkOutTime\":\"12:00\",\"roomTypes\":[{\"code\":\"STD\",\"name\":\"Standard Queen\","
            + "\"maxAdults\":2,\"rooms\":16},{\"code\":\"TWN\",\"name\":\"Standard Twin\",\"maxAdults\":2,\"rooms\":12}]}";
    private static final String BOOKED_7 = reservation(7, "DM1007", "Maria Garcia", "BOOKED", true);

    @Test
    void aNewReservationPostsItsFieldsAsJsonAndOpensTheReservationWithoutTheDocumentNumber() throws Exception {
        signIn("FRONT_DESK");
        backend.json("GET /api/v1/staff/hotel", 200, HOTEL);
        backend.json("POST /api/v1/staff/reservations", 201, reservation(42, "OCAB23CD45", "Wang Fang", "BOOKED", true));
        backend.json("GET /api/v1/staff/reservations/42", 200, reservation(42, "OCAB23CD45", "Wang Fang", "BOOKED", true));
        backend.json("GET /api/v1/staff/keys", 200, "[]");
        String form = get("/reservations/new").body();
        assertThat(form).contains("<option value=\"STD\">STD · Standard Queen · 2</option>")
                .contains("<option value=\"TWN\">TWN · Standard Twin · 2</option>")
                .contains("name=\"arrival\" type=\"date\" required value=\"2026-11-28\"")
                .contains("name=\"documentNumber\"");
        assertThat(backend.received("GET", "/api/v1/staff/hotel")).as("one hotel call per form").hasSize(1);

        HttpResponse<String> created = post("/reservations", fields(csrf(form), "", " Wang Fang ", "PASSPORT",
                "E12345678", "2026-12-01", "2026-12-03", "2", "TWN"));

        assertThat(created.statusCode()).isEqualTo(303);
        assertThat(created.headers().firstValue("Location")).hasValue("/reservations/42");
        Received sent = backend.received("POST", "/api/v1/staff/reservations").get(0);
        assertThat(sent.authorization()).isEqualTo("Bearer jwt-FRONT_DESK");
        assertThat(sent.body()).isEqualTo("{\"guestName\":\"Wang Fang\",\"documentType\":\"PASSPORT\","
                + "\"documentNumber\":\"E12345678\",\"arrival\":\"2026-12-01\",\"departure\":\"2026-12-03\","
                + "\"adults\":2,\"roomType\":\"TWN\"}");
        String detail = get("/reservations/42").body();
        assertThat(detail).contains("Reservation OCAB23CD45 created.").contains("value=\"Wang Fang\"")
                .doesNotContain("E12345678");
    }

    @Test
    void aChosenConfirmationCodeIsSentAndANameOnlyBookingSendsNoDocument() throws Exception {
        signIn("FRONT_DESK");
        backend.json("GET /api/v1/staff/hotel", 200, HOTEL);
        backend.json("POST /api/v1/staff/reservations", 201, reservation(43, "PHONE-77", "Liu Yang", "BOOKED", false));

        post("/reservations", fields(csrf(get("/reservations/new").body()), "PHONE-77", "Liu Yang", "", "",
                "2026-12-01", "2026-12-02", "1", "STD"));

        assertThat(backend.received("POST", "/api/v1/staff/reservations").get(0).body())
                .isEqualTo("{\"confirmationCode\":\"PHONE-77\",\"guestName\":\"Liu Yang\",\"arrival\":\"2026-12-01\","
                        + "\"departure\":\"2026-12-02\",\"adults\":1,\"roomType\":\"STD\"}");
    }

    @Test
    void theBackendsFieldErrorsLandBesideTheirFieldsWithWhatWasTypedKeptAndEscaped() throws Exception {
        signIn("FRONT_DESK");
        backend.json("GET /api/v1/staff/hotel", 200, HOTEL);
        backend.problem("POST /api/v1/staff/reservations", 400, "validation-failed", "The request has 2 invalid field(s)",
                new LinkedHashMap<>(Map.of("guestName", "must match the name pattern", "departure", "must be after arrival")));
        String csrf = csrf(get("/reservations/new").body());

        HttpResponse<String> refused = post("/reservations", fields(csrf, "", HOSTILE, "PASSPORT", "E99887766",
                "2026-12-05", "2026-12-04", "3", "TWN"));

        assertThat(refused.statusCode()).isEqualTo(400);
        String page = refused.body();
        assertThat(page).doesNotContain("<script>alert").doesNotContain("E99887766");
        assertThat(field(page, "guestName")).contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;&#39; OR 1=1; DROP TABLE reservation;--\"")
                .contains("class=\"field-error\">must match the name pattern<");
        assertThat(field(page, "departure")).contains("value=\"2026-12-04\"").contains("must be after arrival");
        assertThat(field(page, "arrival")).contains("value=\"2026-12-05\"").doesNotContain("field-error");
        assertThat(field(page, "adults")).contains("value=\"3\"").doesNotContain("field-error");
        assertThat(field(page, "roomType")).contains("<option value=\"TWN\" selected=\"selected\">");
        assertThat(field(page, "documentType")).contains("<option value=\"PASSPORT\" selected=\"selected\">");
        assertThat(field(page, "documentNumber")).contains("value=\"\"");
    }

    @Test
    void whatCannotBeSentIsRefusedHereAndAConflictIsAMessageAboveTheKeptForm() throws Exception {
        signIn("FRONT_DESK");
        backend.json("GET /api/v1/staff/hotel", 200, HOTEL);
        String csrf = csrf(get("/reservations/new").body());

        HttpResponse<String> unsendable = post("/reservations", fields(csrf, "", "Liu Yang", "", "",
                "2026-12-01", "next friday", "two", "STD"));
        assertThat(unsendable.statusCode()).isEqualTo(400);
        assertThat(field(unsendable.body(), "departure")).contains("value=\"next friday\"").contains("Enter a date");
        assertThat(field(unsendable.body(), "adults")).contains("value=\"two\"").contains("Enter the number of adults");
        assertThat(backend.received("POST", "/api/v1/staff/reservations")).isEmpty();

        backend.problem("POST /api/v1/staff/reservations", 409, "confirmation-code-taken",
                "Confirmation code DM1001 is already in use");
        HttpResponse<String> taken = post("/reservations", fields(csrf, "DM1001", "Liu Yang", "", "",
                "2026-12-01", "2026-12-02", "1", "STD"));
        assertThat(taken.statusCode()).isEqualTo(409);
        assertThat(taken.body()).contains("class=\"flash error\"")
                .contains("The hotel backend refused: Confirmation code DM1001 is already in use");
        assertThat(field(taken.body(), "confirmationCode")).contains("value=\"DM1001\"");
        assertThat(field(taken.body(), "guestName")).contains("value=\"Liu Yang\"");
    }

    @Test
    void editingSendsTheWholeContentAndBlankDocumentFieldsKeepTheDocumentOnFile() throws Exception {
        signIn("FRONT_DESK");
        backend.json("GET /api/v1/staff/hotel", 200, HOTEL);
        backend.json("GET /api/v1/staff/reservations/7", 200, BOOKED_7);
        backend.json("GET /api/v1/staff/keys", 200, "[]");
        backend.json("PUT /api/v1/staff/reservations/7", 200, BOOKED_7);
        String detail = get("/reservations/7").body();
        assertThat(field(detail, "guestName")).contains("value=\"Maria Garcia\"");
        assertThat(field(detail, "arrival")).contains("value=\"2026-11-28\"");
        assertThat(field(detail, "roomType")).contains("<option value=\"STD\" selected=\"selected\">");
        assertThat(detail).contains("keep the document on file").doesNotContain("field-confirmationCode");

        HttpResponse<String> saved = post("/reservations/7/edit", fields(csrf(detail), null, "Maria Garcia Lopez", "",
                "", "2026-11-28", "2026-12-01", "2", "TWN"));

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location")).hasValue("/reservations/7");
        assertThat(backend.received("PUT", "/api/v1/staff/reservations/7").get(0).body())
                .isEqualTo("{\"guestName\":\"Maria Garcia Lopez\",\"arrival\":\"2026-11-28\",\"departure\":\"2026-12-01\","
                        + "\"adults\":2,\"roomType\":\"TWN\"}");
        assertThat(get("/reservations/7").body()).contains("Reservation DM1007 saved.");
    }

    @Test
    void anEditTheBackendRefusesComesBackAsTypedWithItsReason() throws Exception {
        signIn("FRONT_DESK");
        backend.json("GET /api/v1/staff/hotel", 200, HOTEL);
        backend.json("GET /api/v1/staff/reservations/7", 200, BOOKED_7);
        backend.json("GET /api/v1/staff/keys", 200, "[]");
        backend.problem("PUT /api/v1/staff/reservations/7", 422, "too-many-adults", "Room type STD holds at most 2 adults",
                Map.of("adults", "at most 2"));
        String csrf = csrf(get("/reservations/7").body());

        HttpResponse<String> refused = post("/reservations/7/edit", fields(csrf, null, "Maria Garcia", "CN_RESIDENT_ID",
                "440524188001010014", "2026-11-28", "2026-11-30", "5", "STD"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(field(refused.body(), "adults")).contains("value=\"5\"").contains("at most 2");
        assertThat(field(refused.body(), "documentType")).contains("<option value=\"CN_RESIDENT_ID\" selected=\"selected\">");
        assertThat(refused.body()).doesNotContain("440524188001010014");

        backend.problem("PUT /api/v1/staff/reservations/7", 409, "illegal-reservation-status",
                "Cannot edit a reservation that is CHECKED_IN (needs BOOKED)");
        backend.json("GET /api/v1/staff/reservations/7", 200, reservation(7, "DM1007", "Maria Garcia", "CHECKED_IN", true));
        HttpResponse<String> conflict = post("/reservations/7/edit", fields(csrf, null, "Maria Garcia", "", "",
                "2026-11-28", "2026-11-30", "2", "STD"));
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.body()).contains("The hotel backend refused: Cannot edit a reservation that is CHECKED_IN")
                .contains("Only a BOOKED reservation can be changed").doesNotContain("id=\"reservation-form\"");
    }

    @Test
    void everyReservationFormNeedsTheSessionsCsrfToken() throws Exception {
        signIn("MANAGER");
        backend.json("GET /api/v1/staff/hotel", 200, HOTEL);
        String csrf = csrf(get("/reservations/new").body());
        Map<String, String> create = fields(csrf + "x", "", "Liu Yang", "", "", "2026-12-01", "2026-12-02", "1", "STD");
        Map<String, String> edit = fields(null, null, "Liu Yang", "", "", "2026-12-01", "2026-12-02", "1", "STD");

        assertThat(post("/reservations", create).statusCode()).isEqualTo(403);
        assertThat(post("/reservations/7/edit", edit).statusCode()).isEqualTo(403);
        HttpResponse<String> cancel = post("/reservations/7/cancel", Map.of("code", "DM1007"));
        assertThat(cancel.statusCode()).isEqualTo(403);
        assertThat(cancel.body()).contains("This form has expired");
        assertThat(backend.received().stream()
                .filter(r -> r.path().startsWith("/api/v1/staff/") && !r.method().equals("GET"))).isEmpty();
    }

    @Test
    void onlyManagersAndAdminsAreOfferedCancelAndStatistics() throws Exception {
        backend.json("GET /api/v1/staff/hotel", 200, HOTEL);
        backend.json("GET /api/v1/staff/reservations/7", 200, BOOKED_7);
        backend.json("GET /api/v1/staff/keys", 200, "[]");
        backend.json("GET /api/v1/staff/reservations", 200, "[" + BOOKED_7 + "]");

        signIn("FRONT_DESK");
        String desk = get("/reservations/7").body();
        assertThat(desk).contains("href=\"/reservations/new\"").contains("id=\"reservation-form\"")
                .doesNotContain("href=\"/statistics\"").doesNotContain("/reservations/7/cancel");
        assertThat(get("/reservations").body()).contains("id=\"new-reservation\"");
        backend.problem("GET /api/v1/staff/statistics", 403, "forbidden", "Forbidden");
        HttpResponse<String> statistics = get("/statistics");
        assertThat(statistics.statusCode()).isEqualTo(403);
        assertThat(statistics.body()).contains("Your role may not do this.");

        for (String role : List.of("MANAGER", "ADMIN")) {
            freshBrowser();
            backend.json("GET /api/v1/staff/hotel", 200, HOTEL);
            backend.json("GET /api/v1/staff/reservations/7", 200, BOOKED_7);
            backend.json("GET /api/v1/staff/keys", 200, "[]");
            backend.json("POST /api/v1/staff/reservations/7/cancel", 200,
                    reservation(7, "DM1007", "Maria Garcia", "CANCELLED", true));
            signIn(role);
            String page = get("/reservations/7").body();
            assertThat(page).as(role).contains("href=\"/statistics\"").contains("action=\"/reservations/7/cancel\"");

            HttpResponse<String> cancelled = post("/reservations/7/cancel", Map.of("csrf", csrf(page), "code", "DM1007"));

            assertThat(cancelled.headers().firstValue("Location")).hasValue("/reservations/7");
            assertThat(backend.received("POST", "/api/v1/staff/reservations/7/cancel")).hasSize(1);
            backend.json("GET /api/v1/staff/reservations/7", 200, reservation(7, "DM1007", "Maria Garcia", "CANCELLED", true));
            assertThat(get("/reservations/7").body()).contains("Reservation DM1007 cancelled.")
                    .doesNotContain("/reservations/7/cancel").doesNotContain("id=\"reservation-form\"");
        }
    }

    @Test
    void statisticsDefaultToTheLastSevenHotelDaysAndShowWhatTheBackendCounted() throws Exception {
        signIn("MANAGER");
        backend.json("GET /api/v1/staff/hotel", 200, HOTEL);
        backend.json("GET /api/v1/staff/statistics", 200, "{\"hotelCode\":\"DEMO\",\"from\":\"2026-11-28\","
                + "\"to\":\"2026-11-28\",\"sessionsStarted\":12,\"sessionsByState\":{\"COMPLETED\":9,\"ESCALATED\":1,"
                + "\"ABANDONED\":2},\"escalated\":3,\"completionRate\":0.75,\"medianCompletionSeconds\":94,"
                + "\"p95CompletionSeconds\":210,\"faceDecisions\":{\"MATCH\":8,\"REVIEW\":3,\"NO_MATCH\":1},"
                + "\"deskCheckins\":4,\"arrivalsByStatus\":{\"BOOKED\":17,\"CHECKED_IN\":13},\"days\":["
                + day("2026-11-22", 0, 0, 0, 0) + "," + day("2026-11-23", 1, 0, 1, 0) + "," + day("2026-11-24", 0, 0, 0, 0)
                + "," + day("2026-11-25", 10, 9, 2, 4) + "," + day("2026-11-26", 0, 0, 0, 0) + ","
                + day("2026-11-27", 1, 0, 0, 0) + "," + day("2026-11-28", 0, 0, 0, 0) + "]}");

        HttpResponse<String> page = get("/statistics");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(backend.received("GET", "/api/v1/staff/hotel")).as("the hotel's today").hasSize(1);
        List<Received> calls = backend.received("GET", "/api/v1/staff/statistics");
        assertThat(calls).extracting(Received::query).as("the range with its days, once")
                .containsExactly("from=2026-11-22&to=2026-11-28");
        String body = page.body();
        assertThat(body).contains("name=\"from\" type=\"date\" value=\"2026-11-22\"")
                .contains("name=\"to\" type=\"date\" value=\"2026-11-28\"")
                .contains("id=\"total-started\">12<").contains("id=\"total-kiosk\">9<").contains("id=\"total-desk\">4<")
                .contains("id=\"total-rate\">75.0 %<").contains("id=\"total-escalated\">3<")
                .contains("id=\"total-median\">94 s<").contains("id=\"total-p95\">210 s<")
                .doesNotContain("style=");
        assertThat(row(body, "day-2026-11-25")).contains("class=\"kiosk\">9<").contains("class=\"desk\">4<")
                .contains("<meter class=\"kiosk\" min=\"0\" max=\"9\" value=\"9\"");
        assertThat(row(body, "day-2026-11-23")).contains("class=\"kiosk\">0<").contains("class=\"desk\">0<");
        assertThat(body).contains("<tr data-name=\"NO_MATCH\">").contains("<tr data-name=\"EXPIRED\">");
        assertThat(row(body, "data-name=\"REVIEW\"")).contains("class=\"count\">3<");
        assertThat(row(body, "data-name=\"BOOKED\"")).contains("class=\"count\">17<");
    }

    @Test
    void aRangeTheBackendRefusesShowsItsMessageAndAMalformedDateAsksAgain() throws Exception {
        signIn("ADMIN");
        backend.problem("GET /api/v1/staff/statistics", 400, "validation-failed", "at most 31 days per request",
                Map.of("to", "at most 31 days per request"));

        HttpResponse<String> refused = get("/statistics?from=2026-01-01&to=2026-11-28");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("The hotel backend refused this range: at most 31 days per request")
                .contains("value=\"2026-01-01\"").contains("value=\"2026-11-28\"").doesNotContain("id=\"totals\"");
        assertThat(backend.received("GET", "/api/v1/staff/statistics")).hasSize(1);

        backend.reset();
        HttpResponse<String> malformed = get("/statistics?from=last+monday");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("Enter the dates as YYYY-MM-DD.").contains("value=\"last monday\"");
        assertThat(backend.received()).isEmpty();
    }

    @Test
    void chineseBrowsersGetTheNewPagesInChinese() throws Exception {
        signIn("MANAGER");
        backend.json("GET /api/v1/staff/hotel", 200, HOTEL);
        backend.json("GET /api/v1/staff/statistics", 200, "{\"hotelCode\":\"DEMO\",\"from\":\"2026-11-28\","
                + "\"to\":\"2026-11-28\",\"sessionsStarted\":0,\"escalated\":0,\"completionRate\":0.0,"
                + "\"deskCheckins\":0}"); // a day without sessions: the backend leaves its empty maps out

        String form = getInChinese("/reservations/new");
        String statistics = getInChinese("/statistics");

        assertThat(form).contains("lang=\"zh-CN\"").contains("新建预订").contains("证件号码").contains("离店日期")
                .contains("创建预订");
        assertThat(statistics).contains("每日入住").contains("人脸比对结果").contains("自助机完成率")
                .contains("id=\"total-median\">—<").contains("id=\"total-kiosk\">0<");
    }

    private static String reservation(long id, String code, String name, String status, boolean documentOnFile) {
        return "{\"reservationId\":" + id + ",\"hotelCode\":\"DEMO\",\"confirmationCode\":\"" + code + "\","
                + "\"guestName\":\"" + name + "\",\"documentType\":\"PASSPORT\",\"documentOnFile\":" + documentOnFile
                + ",\"arrival\":\"2026-11-28\",\"departure\":\"2026-11-30\",\"adults\":2,\"roomType\":\"STD\","
                + "\"status\":\"" + status + "\"}";
    }

    /** A reservation form as a browser posts it; a null code leaves the field out (the edit form has none). */
    private static Map<String, String> fields(String csrf, String code, String guestName, String documentType,
                                              String documentNumber, String arrival, String departure, String adults,
                                              String roomType) {
        Map<String, String> form = new LinkedHashMap<>();
        if (csrf != null) {
            form.put("csrf", csrf);
        }
        if (code != null) {
            form.put("confirmationCode", code);
        }
        form.put("guestName", guestName);
        form.put("documentType", documentType);
        form.put("documentNumber", documentNumber);
        form.put("arrival", arrival);
        form.put("departure", departure);
        form.put("adults", adults);
        form.put("roomType", roomType);
        return form;
    }

    /** The markup of one form field: its label with the input and, when refused, the message beside it. */
    private static String field(String html, String name) {
        Matcher m = Pattern.compile("<label id=\"field-" + name + "\"[^>]*>(.*?)</label>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("field " + name + " on the page").isTrue();
        return m.group(1);
    }

    /** The markup of the table row whose opening tag contains {@code marker}. */
    private static String row(String html, String marker) {
        Matcher m = Pattern.compile("<tr[^>]*" + Pattern.quote(marker) + "[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("row " + marker).isTrue();
        return m.group(1);
    }

    private static String day(String date, long started, long kiosk, long escalated, long desk) {
        return "{\"date\":\"" + date + "\",\"sessionsStarted\":" + started + ",\"kioskCheckins\":" + kiosk
                + ",\"escalated\":" + escalated + ",\"deskCheckins\":" + desk + "}";
    }

    private String getInChinese(String path) throws Exception {
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(server.getURI().resolve(path)).timeout(TIMEOUT)
                .header("Accept-Language", "zh-CN,zh;q=0.9").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        return page.body();
    }
}
