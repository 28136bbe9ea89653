package org.opencheckin.backend.webhook;

import io.micronaut.data.event.listeners.PostPersistEventListener;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.opencheckin.backend.integration.IntegrationQueries;
import org.opencheckin.backend.model.AuditEvent;
import org.opencheckin.backend.model.CheckinSession;
import org.opencheckin.backend.model.IntegrationClient;
import org.opencheckin.backend.model.Reservation;
import org.opencheckin.backend.model.Room;
import org.opencheckin.backend.model.WebhookOutboxEntry;
import org.opencheckin.backend.repository.CheckinSessionRepository;
import org.opencheckin.backend.repository.ReservationRepository;
import org.opencheckin.backend.repository.RoomRepository;
import org.opencheckin.backend.repository.WebhookOutboxRepository;
import org.opencheckin.backend.service.HotelCatalog;

/**
 * Fills the webhook outbox from the audit trail. Every business change appends an audit entry
 * in its own transaction; this listener runs when that entry is inserted, inside the same
 * transaction, so an outbox row exists exactly when the change committed (the transactional
 * outbox pattern) without the check-in code knowing about webhooks.
 *
 * <p>Events (payloads carry ids, codes and room numbers, never guest names or documents):
 * {@value #CHECKIN_COMPLETED} (kiosk or desk), {@value #KEYS_ISSUED} (kiosk, desk, reissue),
 * {@value #CHECKOUT_COMPLETED}. One row per receiving client, all with the same event id.
 */
@Singleton
public class WebhookEvents implements PostPersistEventListener<AuditEvent> {
    public static final String CHECKIN_COMPLETED = "checkin.completed";
    public static final String KEYS_ISSUED = "keys.issued";
    public static final String CHECKOUT_COMPLETED = "checkout.completed";

    /** Audit action -> webhook event type. */
    private static final Map<String, String> EVENT_OF_ACTION = Map.of(
            "checkin.completed", CHECKIN_COMPLETED,
            "reservation.desk-checked-in", CHECKIN_COMPLETED,
            "checkin.keys-issued", KEYS_ISSUED,
            "reservation.keys-issued", KEYS_ISSUED,
            "reservation.checked-out", CHECKOUT_COMPLETED);

    private final IntegrationQueries clients;
    private final WebhookOutboxRepository outbox;
    private final HotelCatalog catalog;
    private final CheckinSessionRepository sessions;
    private final ReservationRepository reservations;
    private final RoomRepository rooms;
    private final JsonMapper json;

    public WebhookEvents(IntegrationQueries clients, WebhookOutboxRepository outbox, HotelCatalog catalog,
                         CheckinSessionRepository sessions, ReservationRepository reservations, RoomRepository rooms,
                         JsonMapper json) {
        this.clients = clients;
        this.outbox = outbox;
        this.catalog = catalog;
        this.sessions = sessions;
        this.reservations = reservations;
        this.rooms = rooms;
        this.json = json;
    }

    @Override
    public void postPersist(AuditEvent audit) {
        String type = EVENT_OF_ACTION.get(audit.getAction());
        if (type == null) {
            return;
        }
        List<IntegrationClient> receivers = clients.webhookReceivers(audit.getHotelId());
        if (receivers.isEmpty()) {
            return;
        }
        String eventId = UUID.randomUUID().toString();
        String payload = payload(eventId, type, audit);
        Instant now = audit.getOccurredAt();
        for (IntegrationClient c : receivers) {
            WebhookOutboxEntry e = new WebhookOutboxEntry();
            e.setHotelId(audit.getHotelId());
            e.setClientPk(c.getId());
            e.setEventId(eventId);
            e.setEventType(type);
            e.setPayload(payload);
            e.setStatus("PENDING");
            e.setAttempts(0);
            e.setNextAttemptAt(now);
            e.setCreatedAt(now);
            outbox.save(e);
        }
    }

    private String payload(String eventId, String type, AuditEvent audit) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventId", eventId);
        body.put("eventType", type);
        body.put("occurredAt", audit.getOccurredAt().toString());
        body.put("hotelCode", catalog.hotel(audit.getHotelId()).getCode());
        Long reservationId = null;
        Long roomId = null;
        if ("checkin".equals(audit.getSubjectType())) {
            CheckinSession s = sessions.findById(audit.getSubjectId()).orElse(null);
            body.put("checkinId", audit.getSubjectId());
            if (s != null) {
                reservationId = s.getReservationId();
                roomId = s.getRoomId();
            }
        } else if ("reservation".equals(audit.getSubjectType())) {
            reservationId = Long.valueOf(audit.getSubjectId());
        }
        Reservation r = reservationId == null ? null : reservations.findById(reservationId).orElse(null);
        if (r != null) {
            Map<String, Object> res = new LinkedHashMap<>();
            res.put("reservationId", r.getId());
            res.put("externalId", r.getExternalId());
            res.put("confirmationCode", r.getConfirmationCode());
            res.put("status", r.getStatus().name());
            body.put("reservation", res);
            if (roomId == null) {
                roomId = r.getRoomId();
            }
        }
        String roomFromDetail = detailValue(audit.getDetail(), "room");
        Room room = roomId == null ? null : rooms.findById(roomId).orElse(null);
        body.put("roomNumber", room != null ? room.getRoomNumber() : roomFromDetail);
        if (KEYS_ISSUED.equals(type)) {
            String serials = detailValue(audit.getDetail(), "serials");
            List<Long> list = new ArrayList<>();
            if (serials != null && !serials.isEmpty()) {
                Arrays.stream(serials.split(",")).map(Long::valueOf).forEach(list::add);
            }
            body.put("keySerials", list);
            String sequence = detailValue(audit.getDetail(), "sequence");
            body.put("keySequence", sequence == null ? null : Long.valueOf(sequence));
        }
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write webhook payload", e);
        }
    }

    /** {@code "room=101 sequence=3"} -> value of {@code key}, or null. */
    static String detailValue(String detail, String key) {
        for (String part : detail.split(" ")) {
            if (part.startsWith(key + "=")) {
                return part.substring(key.length() + 1);
            }
        }
        return null;
    }
}
