package org.opencheckin.kiosk.backend;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Exceptions;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The kiosk API over HTTP with the kiosk's bearer token.
 *
 * <p>Every call has its own timeout ({@code kiosk.backend.call-timeout}, {@code keys-timeout},
 * {@code heartbeat-timeout}). Transport faults (refused, timed out, 502/503/504) are retried
 * ({@code kiosk.backend.retries} times) only for calls that are safe to repeat: GET, the PUT heartbeat,
 * the keys call (its Idempotency-Key makes the backend answer a repeat with the same keys) and the
 * dispensed/failed marks (they set a status). Creating a session, submitting a document, reporting
 * identity, assigning a room, escalating, completing and abandoning are sent once. A 4xx problem is
 * never retried.
 *
 * <p>Nothing here logs request or response bodies: they carry names and document numbers.
 */
@Singleton
public class HttpKioskBackend implements KioskBackend {

    private static final Logger LOG = LoggerFactory.getLogger(HttpKioskBackend.class);
    private static final String API = "/api/v1";

    private final HttpClient client;
    private final BackendSettings settings;

    public HttpKioskBackend(@Client("${kiosk.backend.url}") HttpClient client, BackendSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    @Serdeable
    record Problem(String type, String title, Integer status, String detail) {
    }

    @Serdeable
    record ReservationChoice(long reservationId) {
    }

    @Serdeable
    record CodeLookup(String confirmationCode) {
    }

    @Serdeable
    record KeyRequest(int count) {
    }

    @Serdeable
    record Reason(String reason) {
    }

    @Serdeable
    record RoomRequest(List<String> preferences) {
    }

    private enum Retry { ONCE, IDEMPOTENT }

    @Override
    public Checkin startCheckin() {
        return call("POST /checkins", () -> HttpRequest.POST(API + "/checkins", Map.of()), Checkin.class,
                settings.getCallTimeout(), Retry.ONCE);
    }

    @Override
    public ReservationMatches submitDocument(String checkinId, DocumentPayload document) {
        return call("POST /checkins/{id}/document", () -> HttpRequest.POST(path(checkinId, "/document"), document),
                ReservationMatches.class, settings.getCallTimeout(), Retry.ONCE);
    }

    @Override
    public ReservationMatches lookup(String checkinId, String confirmationCode) {
        return call("POST /checkins/{id}/lookup",
                () -> HttpRequest.POST(path(checkinId, "/lookup"), new CodeLookup(confirmationCode)),
                ReservationMatches.class, settings.getCallTimeout(), Retry.ONCE);
    }

    @Override
    public CheckinState chooseReservation(String checkinId, long reservationId) {
        return call("POST /checkins/{id}/reservation",
                () -> HttpRequest.POST(path(checkinId, "/reservation"), new ReservationChoice(reservationId)),
                CheckinState.class, settings.getCallTimeout(), Retry.ONCE);
    }

    @Override
    public IdentityResult reportIdentity(String checkinId, IdentityClaim claim) {
        return call("POST /checkins/{id}/identity", () -> HttpRequest.POST(path(checkinId, "/identity"), claim),
                IdentityResult.class, settings.getCallTimeout(), Retry.ONCE);
    }

    @Override
    public RoomAssignment assignRoom(String checkinId) {
        return call("POST /checkins/{id}/room",
                () -> HttpRequest.POST(path(checkinId, "/room"), new RoomRequest(List.of())),
                RoomAssignment.class, settings.getCallTimeout(), Retry.ONCE);
    }

    @Override
    public IssuedKeys issueKeys(String checkinId, int count, String idempotencyKey) {
        return call("POST /checkins/{id}/keys",
                () -> HttpRequest.POST(path(checkinId, "/keys"), new KeyRequest(count))
                        .header("Idempotency-Key", idempotencyKey),
                IssuedKeys.class, settings.getKeysTimeout(), Retry.IDEMPOTENT);
    }

    @Override
    public void keyDispensed(String checkinId, long keySerial) {
        call("POST /checkins/{id}/keys/{serial}/dispensed",
                () -> HttpRequest.POST(path(checkinId, "/keys/" + keySerial + "/dispensed"), Map.of()),
                Map.class, settings.getCallTimeout(), Retry.IDEMPOTENT);
    }

    @Override
    public void keyFailed(String checkinId, long keySerial, String reason) {
        call("POST /checkins/{id}/keys/{serial}/failed",
                () -> HttpRequest.POST(path(checkinId, "/keys/" + keySerial + "/failed"), new Reason(truncate(reason, 200))),
                Map.class, settings.getCallTimeout(), Retry.IDEMPOTENT);
    }

    @Override
    public CheckinState complete(String checkinId) {
        return call("POST /checkins/{id}/complete", () -> HttpRequest.POST(path(checkinId, "/complete"), Map.of()),
                CheckinState.class, settings.getCallTimeout(), Retry.ONCE);
    }

    @Override
    public CheckinState escalate(String checkinId, String reason) {
        return call("POST /checkins/{id}/escalate",
                () -> HttpRequest.POST(path(checkinId, "/escalate"), new Reason(truncate(reason, 500))),
                CheckinState.class, settings.getCallTimeout(), Retry.ONCE);
    }

    @Override
    public void abandon(String checkinId) {
        call("POST /checkins/{id}/abandon", () -> HttpRequest.POST(path(checkinId, "/abandon"), Map.of()),
                Map.class, settings.getCallTimeout(), Retry.ONCE);
    }

    @Override
    public CheckinState status(String checkinId) {
        return call("GET /checkins/{id}", () -> HttpRequest.GET(path(checkinId, "")), CheckinState.class,
                settings.getCallTimeout(), Retry.IDEMPOTENT);
    }

    @Override
    public void heartbeat(KioskStatus status) {
        call("PUT /kiosks/self/status", () -> HttpRequest.PUT(API + "/kiosks/self/status", status), Map.class,
                settings.getHeartbeatTimeout(), Retry.IDEMPOTENT);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static String path(String checkinId, String suffix) {
        return API + "/checkins/" + checkinId + suffix;
    }

    private <T> T call(String name, Supplier<MutableHttpRequest<?>> request, Class<T> type, Duration timeout,
                       Retry retry) {
        int attempts = retry == Retry.IDEMPOTENT ? 1 + Math.max(0, settings.getRetries()) : 1;
        for (int attempt = 1; ; attempt++) {
            try {
                return once(name, request.get(), type, timeout);
            } catch (TransientFault fault) {
                if (attempt >= attempts) {
                    throw new BackendUnavailableException(name, fault.getMessage()
                            + (attempts > 1 ? " (after " + attempts + " attempts)" : ""), fault.getCause());
                }
                LOG.debug("backend call {} attempt {} of {} failed ({}); retrying", name, attempt, attempts,
                        fault.getMessage());
                sleep(settings.getRetryBackoff().multipliedBy(attempt));
            }
        }
    }

    private <T> T once(String name, MutableHttpRequest<?> request, Class<T> type, Duration timeout) {
        if (settings.getToken() != null) {
            request.bearerAuth(settings.getToken());
        }
        request.accept(MediaType.APPLICATION_JSON_TYPE, MediaType.of("application/problem+json"));
        try {
            HttpResponse<T> response = Mono.from(client.exchange(request, Argument.of(type), Argument.of(Problem.class)))
                    .timeout(timeout)
                    .block();
            return response == null ? null : response.getBody().orElse(null);
        } catch (HttpClientResponseException e) {
            int status = e.getStatus().getCode();
            if (status == 502 || status == 503 || status == 504) {
                throw new TransientFault("HTTP " + status, e);
            }
            Problem problem = e.getResponse().getBody(Problem.class).orElse(null);
            if (status >= 500) {
                throw new BackendUnavailableException(name, "HTTP " + status, e);
            }
            throw new BackendRejectedException(name, status, problem == null ? null : problem.type(),
                    problem == null ? null : problem.title(), problem == null ? null : problem.detail());
        } catch (HttpClientException e) {
            throw new TransientFault(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            Throwable cause = Exceptions.unwrap(e);
            if (cause instanceof TimeoutException) {
                throw new TransientFault("no answer within " + timeout.toMillis() + " ms", cause);
            }
            throw e;
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackendUnavailableException("retry", "interrupted", e);
        }
    }

    /** Internal: a fault worth another attempt of an idempotent call. */
    private static final class TransientFault extends RuntimeException {
        TransientFault(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
