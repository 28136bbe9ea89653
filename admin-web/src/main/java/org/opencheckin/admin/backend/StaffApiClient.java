package org.opencheckin.admin.backend;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.uri.UriBuilder;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.opencheckin.admin.backend.StaffApi.ApproveRequest;
import org.opencheckin.admin.backend.StaffApi.AuditPage;
import org.opencheckin.admin.backend.StaffApi.DenyRequest;
import org.opencheckin.admin.backend.StaffApi.HotelInfo;
import org.opencheckin.admin.backend.StaffApi.Escalation;
import org.opencheckin.admin.backend.StaffApi.EscalationDecision;
import org.opencheckin.admin.backend.StaffApi.Key;
import org.opencheckin.admin.backend.StaffApi.Kiosk;
import org.opencheckin.admin.backend.StaffApi.KioskCredentials;
import org.opencheckin.admin.backend.StaffApi.KeysIssued;
import org.opencheckin.admin.backend.StaffApi.LoginRequest;
import org.opencheckin.admin.backend.StaffApi.LoginResult;
import org.opencheckin.admin.backend.StaffApi.Problem;
import org.opencheckin.admin.backend.StaffApi.Reservation;
import org.opencheckin.admin.backend.StaffApi.ReservationCreate;
import org.opencheckin.admin.backend.StaffApi.ReservationEdit;
import org.opencheckin.admin.backend.StaffApi.ReissueRequest;
import org.opencheckin.admin.backend.StaffApi.Room;
import org.opencheckin.admin.backend.StaffApi.RoomStatusRequest;
import org.opencheckin.admin.backend.StaffApi.Statistics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hotel backend's staff API, one method per call. Every method but {@link #login} takes the staff
 * member's JWT. Contract: an error status becomes {@link BackendRefusedException} (with the problem code),
 * no answer at all becomes {@link BackendUnavailableException}; the backend enforces roles either way.
 * Thread-safe. Logs call names, statuses and problem codes, never bodies (they carry guest names).
 */
@Singleton
public class StaffApiClient {
    private static final Logger LOG = LoggerFactory.getLogger(StaffApiClient.class);

    private final BlockingHttpClient http;

    public StaffApiClient(@Client("${admin.backend.url}") HttpClient http) {
        this.http = http.toBlocking();
    }

    public LoginResult login(String username, String password) {
        return exchange("login", HttpRequest.POST("/api/v1/auth/login", new LoginRequest(username, password)),
                Argument.of(LoginResult.class), null);
    }

    public List<Escalation> escalations(String jwt) {
        return exchange("escalations", HttpRequest.GET("/api/v1/staff/escalations"),
                Argument.listOf(Escalation.class), jwt);
    }

    public EscalationDecision approve(String jwt, String checkinId, @Nullable Long reservationId, @Nullable String note) {
        return exchange("approve", HttpRequest.POST(path("/api/v1/staff/escalations/{id}/approve", checkinId),
                new ApproveRequest(reservationId, note)), Argument.of(EscalationDecision.class), jwt);
    }

    public EscalationDecision deny(String jwt, String checkinId, String reason) {
        return exchange("deny", HttpRequest.POST(path("/api/v1/staff/escalations/{id}/deny", checkinId),
                new DenyRequest(reason)), Argument.of(EscalationDecision.class), jwt);
    }

    public List<Kiosk> kiosks(String jwt) {
        return exchange("kiosks", HttpRequest.GET("/api/v1/staff/kiosks"), Argument.listOf(Kiosk.class), jwt);
    }

    public KioskCredentials rotateKioskToken(String jwt, long kioskId) {
        return exchange("rotate-token", HttpRequest.POST(path("/api/v1/staff/kiosks/{id}/rotate-token", kioskId), ""),
                Argument.of(KioskCredentials.class), jwt);
    }

    public void disableKiosk(String jwt, long kioskId) {
        exchange("disable-kiosk", HttpRequest.POST(path("/api/v1/staff/kiosks/{id}/disable", kioskId), ""),
                Argument.of(String.class), jwt);
    }

    public List<Room> rooms(String jwt, @Nullable String status) {
        URI uri = UriBuilder.of("/api/v1/staff/rooms").queryParam("status", blankToNull(status)).build();
        return exchange("rooms", HttpRequest.GET(uri), Argument.listOf(Room.class), jwt);
    }

    public Room setRoomStatus(String jwt, long roomId, String status) {
        return exchange("room-status", HttpRequest.PUT(path("/api/v1/staff/rooms/{id}/status", roomId),
                new RoomStatusRequest(status)), Argument.of(Room.class), jwt);
    }

    public List<Key> keys(String jwt, @Nullable Long roomId, @Nullable Long reservationId, @Nullable String status) {
        URI uri = UriBuilder.of("/api/v1/staff/keys").queryParam("roomId", roomId)
                .queryParam("reservationId", reservationId).queryParam("status", blankToNull(status))
                .queryParam("limit", 200).build();
        return exchange("keys", HttpRequest.GET(uri), Argument.listOf(Key.class), jwt);
    }

    public void revokeKey(String jwt, long keySerial) {
        exchange("revoke-key", HttpRequest.POST(path("/api/v1/staff/keys/{id}/revoke", keySerial), ""),
                Argument.of(String.class), jwt);
    }

    public KeysIssued reissueKey(String jwt, long keySerial, int count) {
        return exchange("reissue-key", HttpRequest.POST(path("/api/v1/staff/keys/{id}/reissue", keySerial),
                new ReissueRequest(count)), Argument.of(KeysIssued.class), jwt);
    }

    public List<Reservation> reservations(String jwt, @Nullable String q, @Nullable String arrival, @Nullable String status) {
        URI uri = UriBuilder.of("/api/v1/staff/reservations").queryParam("q", blankToNull(q))
                .queryParam("arrival", blankToNull(arrival)).queryParam("status", blankToNull(status))
                .queryParam("limit", 100).build();
        return exchange("reservations", HttpRequest.GET(uri), Argument.listOf(Reservation.class), jwt);
    }

    public Reservation reservation(String jwt, long reservationId) {
        return exchange("reservation", HttpRequest.GET(path("/api/v1/staff/reservations/{id}", reservationId)),
                Argument.of(Reservation.class), jwt);
    }

    /** A reservation taken at the desk (the staff member's hotel); 201 with the new reservation. */
    public Reservation createReservation(String jwt, ReservationCreate body) {
        return exchange("create-reservation", HttpRequest.POST("/api/v1/staff/reservations", body),
                Argument.of(Reservation.class), jwt);
    }

    /** Replaces the content of a BOOKED reservation (409 otherwise); the document is kept when none is given. */
    public Reservation editReservation(String jwt, long reservationId, ReservationEdit body) {
        return exchange("edit-reservation", HttpRequest.PUT(path("/api/v1/staff/reservations/{id}", reservationId), body),
                Argument.of(Reservation.class), jwt);
    }

    /** BOOKED -> CANCELLED; MANAGER and ADMIN only. */
    public Reservation cancelReservation(String jwt, long reservationId) {
        return exchange("cancel-reservation", HttpRequest.POST(path("/api/v1/staff/reservations/{id}/cancel",
                reservationId), ""), Argument.of(Reservation.class), jwt);
    }

    /** The signed-in user's hotel: time zone, today, room types. */
    public HotelInfo hotel(String jwt) {
        return exchange("hotel", HttpRequest.GET("/api/v1/staff/hotel"), Argument.of(HotelInfo.class), jwt);
    }

    /** Statistics over the hotel's local days {@code from..to} (both null: the hotel's today); MANAGER, ADMIN. */
    public Statistics statistics(String jwt, @Nullable LocalDate from, @Nullable LocalDate to) {
        URI uri = UriBuilder.of("/api/v1/staff/statistics").queryParam("from", from == null ? null : from.toString())
                .queryParam("to", to == null ? null : to.toString()).build();
        return exchange("statistics", HttpRequest.GET(uri), Argument.of(Statistics.class), jwt);
    }

    public AuditPage audit(String jwt, @Nullable Long afterId) {
        URI uri = UriBuilder.of("/api/v1/staff/audit").queryParam("afterId", afterId).queryParam("limit", 100).build();
        return exchange("audit", HttpRequest.GET(uri), Argument.of(AuditPage.class), jwt);
    }

    /** The template with {@code {id}} replaced by the id as one percent-encoded path segment. */
    private static String path(String template, Object id) {
        String segment = URLEncoder.encode(String.valueOf(id), StandardCharsets.UTF_8).replace("+", "%20");
        return template.replace("{id}", segment);
    }

    @Nullable
    private static String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private <T> T exchange(String call, MutableHttpRequest<?> request, Argument<T> type, @Nullable String jwt) {
        request.accept(MediaType.APPLICATION_JSON_TYPE);
        if (jwt != null) {
            request.bearerAuth(jwt);
        }
        try {
            return http.retrieve(request, type, Argument.of(Problem.class));
        } catch (HttpClientResponseException e) {
            Optional<Problem> problem = e.getResponse().getBody(Problem.class);
            String code = problem.map(Problem::code).orElse(null);
            LOG.info("event=backend.refused call={} status={} code={}", call, e.getStatus().getCode(), code);
            throw new BackendRefusedException(call, e.getStatus().getCode(), code,
                    problem.map(p -> p.detail() != null ? p.detail() : p.title()).orElse(null),
                    problem.map(Problem::errors).orElse(null));
        } catch (HttpClientException e) {
            LOG.warn("event=backend.unreachable call={} cause={}", call, e.getClass().getSimpleName());
            throw new BackendUnavailableException(call, e);
        }
    }
}
