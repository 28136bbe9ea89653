package org.opencheckin.backend.service;

import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.opencheckin.backend.config.BackendProperties;
import org.opencheckin.backend.dto.KioskDtos.CheckinView;
import org.opencheckin.backend.dto.KioskDtos.DocumentRequest;
import org.opencheckin.backend.dto.KioskDtos.IdentityRequest;
import org.opencheckin.backend.dto.KioskDtos.IdentityResponse;
import org.opencheckin.backend.dto.KioskDtos.KeyView;
import org.opencheckin.backend.dto.KioskDtos.KeysResponse;
import org.opencheckin.backend.dto.KioskDtos.ReservationSummary;
import org.opencheckin.backend.dto.KioskDtos.ReservationsResponse;
import org.opencheckin.backend.dto.KioskDtos.RoomResponse;
import org.opencheckin.backend.dto.KioskDtos.StartResponse;
import org.opencheckin.backend.error.ApiProblem;
import org.opencheckin.backend.error.Problem;
import org.opencheckin.backend.model.CheckinSession;
import org.opencheckin.backend.model.CheckinState;
import org.opencheckin.backend.model.FaceDecision;
import org.opencheckin.backend.model.Hotel;
import org.opencheckin.backend.model.IdempotencyRecord;
import org.opencheckin.backend.model.IdentityMethod;
import org.opencheckin.backend.model.KeyCard;
import org.opencheckin.backend.model.KeyCardStatus;
import org.opencheckin.backend.model.Reservation;
import org.opencheckin.backend.model.ReservationStatus;
import org.opencheckin.backend.model.Room;
import org.opencheckin.backend.model.RoomStatus;
import org.opencheckin.backend.model.RoomType;
import org.opencheckin.backend.repository.CheckinSessionRepository;
import org.opencheckin.backend.repository.IdempotencyRecordRepository;
import org.opencheckin.backend.repository.KeyCardRepository;
import org.opencheckin.backend.repository.ReservationRepository;
import org.opencheckin.backend.repository.RoomRepository;
import org.opencheckin.backend.security.DocumentCrypto;
import org.opencheckin.backend.security.KioskPrincipal;
import org.opencheckin.backend.security.PasswordHasher;

/**
 * The kiosk check-in flow (issue 2, section 5) on top of the {@link CheckinState} machine.
 *
 * <p>Every mutating call runs in one transaction that first locks the session row, so calls for
 * one session are serialised (a retried request sees the first one's outcome) while different
 * sessions proceed in parallel. A room is taken with a conditional UPDATE ({@link
 * RoomRepository#claim}); keys requests are idempotent by their Idempotency-Key. A request that
 * is refused throws {@link ApiProblem} before writing anything, so the transaction rolls back
 * nothing of value.
 */
@Singleton
public class CheckinService {
    private static final String KEYS_SCOPE = "checkin-keys:";

    private final CheckinSessionRepository sessions;
    private final HotelCatalog catalog;
    private final ReservationRepository reservations;
    private final RoomRepository rooms;
    private final KeyCardRepository keyCards;
    private final IdempotencyRecordRepository idempotency;
    private final DocumentCrypto crypto;
    private final HotelProvisioning provisioning;
    private final FacePolicy facePolicy;
    private final AuditTrail audit;
    private final TransitionLog transitions;
    private final JsonMapper json;
    private final BackendProperties.Session sessionConfig;

    public CheckinService(CheckinSessionRepository sessions, HotelCatalog catalog, ReservationRepository reservations,
                          RoomRepository rooms, KeyCardRepository keyCards,
                          IdempotencyRecordRepository idempotency, DocumentCrypto crypto,
                          HotelProvisioning provisioning, FacePolicy facePolicy, AuditTrail audit,
                          TransitionLog transitions, JsonMapper json, BackendProperties.Session sessionConfig) {
        this.sessions = sessions;
        this.catalog = catalog;
        this.reservations = reservations;
        this.rooms = rooms;
        this.keyCards = keyCards;
        this.idempotency = idempotency;
        this.crypto = crypto;
        this.provisioning = provisioning;
        this.facePolicy = facePolicy;
        this.audit = audit;
        this.transitions = transitions;
        this.json = json;
        this.sessionConfig = sessionConfig;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private static AuditTrail.Actor actor(KioskPrincipal kiosk) {
        return new AuditTrail.Actor("KIOSK", kiosk.kioskCode());
    }

    // ---- start ----------------------------------------------------------------------------------

    @Transactional
    public StartResponse start(KioskPrincipal kiosk) {
        Instant now = now();
        CheckinSession s = new CheckinSession();
        s.setId(UUID.randomUUID().toString());
        s.setHotelId(kiosk.hotelId());
        s.setKioskId(kiosk.kioskId());
        s.setState(CheckinState.STARTED);
        s.setKeysIssued(0);
        s.setStartedAt(now);
        s.setLastActivityAt(now);
        s.setExpiresAt(now.plus(sessionConfig.idleTimeout()));
        sessions.save(s);
        transitions.transition(s, "NONE", CheckinState.STARTED, now);
        audit.append(kiosk.hotelId(), actor(kiosk), "checkin.started", "checkin", s.getId(), "");
        return new StartResponse(s.getId(), s.getState(), s.getExpiresAt());
    }

    // ---- document and reservation ---------------------------------------------------------------

    @Transactional
    public ReservationsResponse document(KioskPrincipal kiosk, String checkinId, DocumentRequest req) {
        CheckinSession s = lock(kiosk, checkinId);
        requireState(s, "submit a document", CheckinState.STARTED);
        Hotel hotel = hotel(s);
        LocalDate today = today(hotel);
        if (req.expiryDate() != null && req.expiryDate().isBefore(today)) {
            throw ApiProblem.unprocessable("document-expired",
                    "The document expired on " + req.expiryDate() + "; an expired document cannot be used to check in");
        }
        String hash = crypto.lookupHash(req.documentType().name(), req.documentNumber());
        String nameKey = GuestNames.key(req.fullName());
        List<Reservation> due = reservations.findDueByDocument(hotel.getId(), today, hash, nameKey);
        if (s.getReservationId() != null) {
            // Code/QR path first: the document must belong to the reservation already chosen.
            due = due.stream().filter(r -> r.getId().equals(s.getReservationId())).toList();
            if (due.isEmpty()) {
                throw ApiProblem.unprocessable("document-mismatch",
                        "The document does not match the reservation found by its confirmation code");
            }
        }
        if (due.isEmpty()) {
            throw ApiProblem.notFound("no-reservation-due",
                    "No reservation arriving today matches this document; try the confirmation code or ask the front desk");
        }
        Instant now = now();
        s.setDocumentType(req.documentType());
        s.setDocumentNumberEnc(crypto.encrypt(DocumentCrypto.normalizeNumber(req.documentNumber())));
        s.setDocumentNumberHash(hash);
        s.setDocumentNameKey(nameKey);
        s.setDocumentExpiry(req.expiryDate());
        s.setGuestNationality(nationality(req.nationality()));
        s.setGuestBirthDate(req.birthDate());
        s.setCandidateIds(due.stream().map(r -> r.getId().toString()).collect(Collectors.joining(",")));
        if (due.size() == 1) {
            s.setReservationId(due.get(0).getId());
        }
        move(s, CheckinState.DOCUMENT_VERIFIED, now);
        touch(s, now);
        sessions.update(s);
        audit.append(s.getHotelId(), actor(kiosk), "checkin.document-verified", "checkin", s.getId(),
                "documentType=" + req.documentType() + " candidates=" + due.size());
        return reservationsResponse(s, due);
    }

    @Transactional
    public ReservationsResponse lookup(KioskPrincipal kiosk, String checkinId, String confirmationCode) {
        CheckinSession s = lock(kiosk, checkinId);
        requireState(s, "look up a reservation", CheckinState.STARTED, CheckinState.DOCUMENT_VERIFIED);
        Hotel hotel = hotel(s);
        Reservation r = reservations.findByHotelIdAndConfirmationCode(hotel.getId(),
                        confirmationCode.trim().toUpperCase(Locale.ROOT))
                .filter(x -> x.getStatus() == ReservationStatus.BOOKED && x.getArrival().equals(today(hotel)))
                .orElseThrow(() -> ApiProblem.notFound("no-reservation-due",
                        "No reservation arriving today has this confirmation code"));
        if (s.getState() == CheckinState.DOCUMENT_VERIFIED && !matchesDocument(s, r)) {
            throw ApiProblem.unprocessable("document-mismatch",
                    "The reservation with this code does not belong to the document presented");
        }
        Instant now = now();
        s.setCandidateIds(r.getId().toString());
        s.setReservationId(r.getId());
        touch(s, now);
        sessions.update(s);
        audit.append(s.getHotelId(), actor(kiosk), "checkin.reservation-found", "checkin", s.getId(),
                "reservation=" + r.getId());
        return reservationsResponse(s, List.of(r));
    }

    /** ISO 3166 alpha-3 (or the MRZ's shorter codes such as "D"), fillers removed; null when blank. */
    private static String nationality(String raw) {
        if (raw == null) {
            return null;
        }
        String code = raw.replace("<", "").toUpperCase(Locale.ROOT);
        return code.isEmpty() ? null : code;
    }

    private static boolean matchesDocument(CheckinSession s, Reservation r) {
        return r.getDocumentNumberHash() != null
                ? r.getDocumentNumberHash().equals(s.getDocumentNumberHash())
                : r.getGuestNameKey().equals(s.getDocumentNameKey());
    }

    @Transactional
    public ReservationsResponse selectReservation(KioskPrincipal kiosk, String checkinId, long reservationId) {
        CheckinSession s = lock(kiosk, checkinId);
        requireState(s, "choose a reservation", CheckinState.STARTED, CheckinState.DOCUMENT_VERIFIED);
        if (!candidates(s).contains(reservationId)) {
            throw ApiProblem.notFound("reservation-not-offered",
                    "Reservation " + reservationId + " was not offered to this check-in");
        }
        Reservation r = reservations.findByIdAndHotelId(reservationId, s.getHotelId())
                .filter(x -> x.getStatus() == ReservationStatus.BOOKED)
                .orElseThrow(() -> ApiProblem.conflict("reservation-not-bookable",
                        "Reservation " + reservationId + " is no longer waiting for check-in"));
        s.setReservationId(r.getId());
        touch(s, now());
        sessions.update(s);
        return reservationsResponse(s, List.of(r));
    }

    // ---- identity ------------------------------------------------------------------------------

    @Transactional
    public IdentityResponse identity(KioskPrincipal kiosk, String checkinId, IdentityRequest req) {
        CheckinSession s = lock(kiosk, checkinId);
        requireState(s, "verify identity", CheckinState.DOCUMENT_VERIFIED);
        if (s.getReservationId() == null) {
            throw ApiProblem.conflict("reservation-not-selected", "Choose a reservation before verifying identity");
        }
        Hotel hotel = hotel(s);
        FaceDecision decision;
        String reason;
        if (req.method() == IdentityMethod.FACE) {
            List<Problem.FieldError> missing = new ArrayList<>();
            if (req.faceScore() == null) {
                missing.add(new Problem.FieldError("faceScore", "must not be null for method FACE"));
            }
            if (req.livenessScore() == null) {
                missing.add(new Problem.FieldError("livenessScore", "must not be null for method FACE"));
            }
            if (!missing.isEmpty()) {
                throw new ApiProblem(HttpStatus.BAD_REQUEST, "validation-failed",
                        "Method FACE needs faceScore and livenessScore", missing);
            }
            decision = facePolicy.decide(hotel, req.faceScore(), req.livenessScore());
            reason = decision == FaceDecision.REVIEW ? "face-review" : "face-no-match";
        } else {
            decision = FaceDecision.REVIEW;
            reason = "staff-verification-requested";
        }
        Instant now = now();
        s.setIdentityMethod(req.method());
        s.setFaceScore(req.faceScore());
        s.setLivenessScore(req.livenessScore());
        s.setFaceModelId(req.modelId());
        s.setIdentityDecision(decision);
        if (decision == FaceDecision.MATCH) {
            move(s, CheckinState.IDENTITY_VERIFIED, now);
        } else {
            s.setEscalationReason(reason);
            move(s, CheckinState.ESCALATED, now);
        }
        touch(s, now);
        sessions.update(s);
        audit.append(s.getHotelId(), actor(kiosk), "checkin.identity", "checkin", s.getId(),
                "method=" + req.method() + " decision=" + decision
                        + (req.faceScore() == null ? "" : String.format(Locale.ROOT, " face=%.3f liveness=%.3f model=%s",
                        req.faceScore(), req.livenessScore(), req.modelId())));
        return new IdentityResponse(s.getId(), s.getState(), decision);
    }

    // ---- room ----------------------------------------------------------------------------------

    @Transactional
    public RoomResponse assignRoom(KioskPrincipal kiosk, String checkinId, List<String> preferences) {
        CheckinSession s = lock(kiosk, checkinId);
        requireState(s, "assign a room", CheckinState.IDENTITY_VERIFIED);
        Reservation r = reservations.findById(s.getReservationId()).orElseThrow();
        RoomType type = catalog.roomType(r.getRoomTypeId());
        Set<String> wanted = preferences == null ? Set.of()
                : preferences.stream().map(p -> p.toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
        Instant now = now();
        Room won = null;
        // Up to three rounds over a fresh list of ready rooms: a list can go stale while concurrent
        // check-ins claim rooms. Rooms equally good for the guest are tried in random order so
        // concurrent check-ins do not all queue on the same row.
        for (int round = 0; round < 3 && won == null; round++) {
            List<Room> ready = new ArrayList<>(rooms.findReady(s.getHotelId(), type.getId()));
            if (ready.isEmpty()) {
                break;
            }
            Collections.shuffle(ready, ThreadLocalRandom.current());
            ready.sort(Comparator.comparingInt((Room room) -> -matches(room, wanted)));
            for (Room candidate : ready) {
                if (rooms.claim(candidate.getId(), r.getId(), now) == 1) {
                    won = candidate;
                    break;
                }
            }
        }
        if (won == null) {
            throw ApiProblem.conflict("no-room-ready",
                    "No " + type.getName() + " room is ready; please ask the front desk");
        }
        s.setRoomId(won.getId());
        move(s, CheckinState.ROOM_ASSIGNED, now);
        touch(s, now);
        sessions.update(s);
        audit.append(s.getHotelId(), actor(kiosk), "checkin.room-assigned", "checkin", s.getId(),
                "room=" + won.getRoomNumber() + " reservation=" + r.getId());
        return new RoomResponse(s.getId(), s.getState(), won.getRoomNumber(), won.getFloorNumber(), type.getCode());
    }

    private static int matches(Room room, Set<String> wanted) {
        if (wanted.isEmpty()) {
            return 0;
        }
        return (int) Arrays.stream(room.getFeatures().split(",")).filter(wanted::contains).count();
    }

    // ---- keys ----------------------------------------------------------------------------------

    /**
     * Issues {@code count} signed key cards, or replays the response of an earlier request with
     * the same Idempotency-Key (a different count with the same key is refused with 422). The
     * first issue of a check-in is a "new" issue: it raises the room's key sequence, which
     * invalidates every older card of the room; later issues are duplicates of that sequence.
     */
    @Transactional
    public KeysResponse issueKeys(KioskPrincipal kiosk, String checkinId, String idempotencyKey, int count) {
        CheckinSession s = lock(kiosk, checkinId);
        String scope = KEYS_SCOPE + s.getId();
        String requestHash = PasswordHasher.sha256Hex("count=" + count);
        IdempotencyRecord earlier = idempotency
                .findByHotelIdAndScopeAndIdempotencyKey(s.getHotelId(), scope, idempotencyKey).orElse(null);
        if (earlier != null) {
            if (!earlier.getRequestHash().equals(requestHash)) {
                throw ApiProblem.unprocessable("idempotency-key-reused",
                        "This Idempotency-Key was already used for a different keys request");
            }
            return readKeys(earlier.getResponseBody());
        }
        requireState(s, "issue keys", CheckinState.ROOM_ASSIGNED, CheckinState.KEYS_ISSUED);
        Hotel hotel = hotel(s);
        if (s.getKeysIssued() + count > hotel.getMaxKeysPerCheckin()) {
            throw ApiProblem.unprocessable("too-many-keys", "At most " + hotel.getMaxKeysPerCheckin()
                    + " keys per check-in; " + s.getKeysIssued() + " already issued");
        }
        Instant now = now();
        boolean newIssue = s.getState() == CheckinState.ROOM_ASSIGNED;
        if (newIssue) {
            rooms.raiseKeySequence(s.getRoomId(), now);
        }
        Room room = rooms.findById(s.getRoomId()).orElseThrow();
        if (newIssue) {
            keyCards.revokeOlderThan(s.getHotelId(), room.getId(), room.getKeySequence(), now);
        }
        Reservation r = reservations.findById(s.getReservationId()).orElseThrow();
        Instant validFrom = now.truncatedTo(ChronoUnit.SECONDS);
        Instant validTo = r.getDeparture().atStartOfDay(ZoneId.of(hotel.getTimeZone()))
                .plusMinutes(hotel.getCheckOutMinute()).toInstant();
        byte[] secret = provisioning.keySecret(hotel);
        List<KeyView> views = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean duplicate = !newIssue || i > 0;
            KeyCard k = new KeyCard();
            k.setHotelId(s.getHotelId());
            k.setCheckinId(s.getId());
            k.setReservationId(r.getId());
            k.setRoomId(room.getId());
            k.setKeySequence(room.getKeySequence());
            k.setValidFrom(validFrom);
            k.setValidTo(validTo);
            k.setFlags(duplicate ? KeyCardSigner.FLAG_DUPLICATE : 0);
            k.setStatus(KeyCardStatus.ISSUED);
            k.setIssuedAt(now);
            keyCards.save(k);
            byte[] payload = KeyCardSigner.sign(new KeyCardSigner.Fields(hotel.getId(), room.getRoomNumber(),
                    room.getKeySequence(), validFrom, validTo, k.getId(), k.getFlags()), secret);
            k.setPayload(Base64.getEncoder().encodeToString(payload));
            keyCards.update(k);
            views.add(keyView(k, room));
        }
        s.setKeysIssued(s.getKeysIssued() + count);
        if (newIssue) {
            move(s, CheckinState.KEYS_ISSUED, now);
        }
        touch(s, now);
        sessions.update(s);
        KeysResponse response = new KeysResponse(s.getId(), s.getState(), views);
        IdempotencyRecord rec = new IdempotencyRecord();
        rec.setHotelId(s.getHotelId());
        rec.setScope(scope);
        rec.setIdempotencyKey(idempotencyKey);
        rec.setRequestHash(requestHash);
        rec.setResponseStatus(200);
        rec.setResponseBody(writeKeys(response));
        rec.setCreatedAt(now);
        idempotency.save(rec);
        audit.append(s.getHotelId(), actor(kiosk), "checkin.keys-issued", "checkin", s.getId(),
                "room=" + room.getRoomNumber() + " sequence=" + room.getKeySequence() + " count=" + count
                        + " serials=" + views.stream().map(v -> Long.toString(v.keySerial())).collect(Collectors.joining(",")));
        return response;
    }

    private static KeyView keyView(KeyCard k, Room room) {
        return new KeyView(k.getId(), k.getPayload(), k.getValidFrom(), k.getValidTo(), room.getRoomNumber(),
                k.getKeySequence(), (k.getFlags() & KeyCardSigner.FLAG_DUPLICATE) != 0, k.getStatus().name());
    }

    private String writeKeys(KeysResponse response) {
        try {
            return json.writeValueAsString(response);
        } catch (IOException e) {
            throw new IllegalStateException("cannot store keys response", e);
        }
    }

    private KeysResponse readKeys(String body) {
        try {
            return json.readValue(body, KeysResponse.class);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read stored keys response", e);
        }
    }

    @Transactional
    public CheckinView keyDispensed(KioskPrincipal kiosk, String checkinId, long keySerial) {
        CheckinSession s = lock(kiosk, checkinId);
        requireState(s, "report a dispensed key", CheckinState.KEYS_ISSUED);
        List<KeyCard> keys = keyCards.findByCheckinIdOrderById(s.getId()); // also the answer's key list
        KeyCard k = keys.stream().filter(c -> c.getId() == keySerial).findFirst()
                .orElseThrow(() -> keyNotFound(keySerial));
        if (k.getStatus() != KeyCardStatus.DISPENSED) {
            if (k.getStatus() != KeyCardStatus.ISSUED) {
                throw ApiProblem.conflict("illegal-key-transition",
                        "Key " + keySerial + " is " + k.getStatus() + " and cannot become DISPENSED");
            }
            Instant now = now();
            k.setStatus(KeyCardStatus.DISPENSED);
            k.setDispensedAt(now);
            keyCards.update(k);
            touch(s, now);
            sessions.update(s);
            audit.append(s.getHotelId(), actor(kiosk), "key.dispensed", "key", Long.toString(keySerial), "");
        }
        return view(s, reservation(s), keys);
    }

    /**
     * Marks a key FAILED. When no key of the check-in was dispensed and no more may be issued,
     * the check-in itself FAILS and gives its room back.
     */
    @Transactional
    public CheckinView keyFailed(KioskPrincipal kiosk, String checkinId, long keySerial, String reason) {
        CheckinSession s = lock(kiosk, checkinId);
        requireState(s, "report a failed key", CheckinState.KEYS_ISSUED);
        KeyCard k = key(s, keySerial);
        if (k.getStatus() != KeyCardStatus.FAILED) {
            if (k.getStatus() != KeyCardStatus.ISSUED) {
                throw ApiProblem.conflict("illegal-key-transition",
                        "Key " + keySerial + " is " + k.getStatus() + " and cannot become FAILED");
            }
            Instant now = now();
            k.setStatus(KeyCardStatus.FAILED);
            k.setFailedAt(now);
            k.setFailureReason(reason == null ? null : reason.substring(0, Math.min(200, reason.length())));
            keyCards.update(k);
            List<KeyCard> all = keyCards.findByCheckinIdOrderById(s.getId());
            boolean anyUsable = all.stream().anyMatch(c -> c.getStatus() == KeyCardStatus.ISSUED
                    || c.getStatus() == KeyCardStatus.DISPENSED);
            if (!anyUsable && s.getKeysIssued() >= hotel(s).getMaxKeysPerCheckin()) {
                move(s, CheckinState.FAILED, now);
                releaseRoom(s, now);
            }
            touch(s, now);
            sessions.update(s);
            audit.append(s.getHotelId(), actor(kiosk), "key.failed", "key", Long.toString(keySerial), "");
        }
        return view(s);
    }

    private KeyCard key(CheckinSession s, long keySerial) {
        return keyCards.findByIdAndCheckinId(keySerial, s.getId()).orElseThrow(() -> keyNotFound(keySerial));
    }

    private static ApiProblem keyNotFound(long keySerial) {
        return ApiProblem.notFound("key-not-found", "Key " + keySerial + " is not a key of this check-in");
    }

    // ---- end of the flow -----------------------------------------------------------------------

    @Transactional
    public CheckinView complete(KioskPrincipal kiosk, String checkinId) {
        CheckinSession s = lock(kiosk, checkinId);
        requireState(s, "complete", CheckinState.KEYS_ISSUED);
        List<KeyCard> keys = keyCards.findByCheckinIdOrderById(s.getId()); // also the answer's key list
        boolean dispensed = keys.stream().anyMatch(k -> k.getStatus() == KeyCardStatus.DISPENSED);
        if (!dispensed) {
            throw ApiProblem.conflict("no-key-dispensed", "No key of this check-in was dispensed yet");
        }
        Instant now = now();
        if (reservations.markCheckedInWithDocument(s.getReservationId(), s.getRoomId(), now,
                s.getDocumentType() == null ? null : s.getDocumentType().name(), s.getDocumentNumberEnc(),
                s.getDocumentNumberHash(), s.getGuestNationality(), s.getGuestBirthDate()) != 1) {
            throw ApiProblem.conflict("reservation-not-bookable", "The reservation is no longer waiting for check-in");
        }
        Reservation r = reservations.findById(s.getReservationId()).orElseThrow();
        move(s, CheckinState.COMPLETED, now);
        touch(s, now);
        sessions.update(s);
        audit.append(s.getHotelId(), actor(kiosk), "checkin.completed", "checkin", s.getId(),
                "reservation=" + r.getId() + " room=" + s.getRoomId());
        return view(s, r, keys);
    }

    @Transactional
    public CheckinView escalate(KioskPrincipal kiosk, String checkinId, String reason) {
        CheckinSession s = lock(kiosk, checkinId);
        Instant now = now();
        s.setEscalationReason(reason);
        move(s, CheckinState.ESCALATED, now);
        touch(s, now);
        sessions.update(s);
        audit.append(s.getHotelId(), actor(kiosk), "checkin.escalated", "checkin", s.getId(), "");
        return view(s);
    }

    /** The guest walked away: the session ends, its room and keys are given back. Repeatable. */
    @Transactional
    public CheckinView abandon(KioskPrincipal kiosk, String checkinId) {
        CheckinSession s = lock(kiosk, checkinId);
        if (s.getState() == CheckinState.ABANDONED) {
            return view(s);
        }
        Instant now = now();
        move(s, CheckinState.ABANDONED, now);
        releaseRoom(s, now);
        touch(s, now);
        sessions.update(s);
        audit.append(s.getHotelId(), actor(kiosk), "checkin.abandoned", "checkin", s.getId(), "");
        return view(s);
    }

    /**
     * Staff approve an escalated check-in (staff API): the guest's identity counts as verified and
     * the kiosk continues with the room. A room the session held is given back first.
     */
    @Transactional
    public CheckinView approveEscalation(long hotelId, String checkinId, AuditTrail.Actor staff) {
        CheckinSession s = sessions.findByIdAndHotelIdForUpdate(checkinId, hotelId).orElseThrow(() -> notFound(checkinId));
        requireState(s, "approve", CheckinState.ESCALATED);
        if (s.getReservationId() == null || s.getDocumentNumberHash() == null) {
            throw ApiProblem.conflict("escalation-incomplete",
                    "The check-in has no document and reservation yet; check the guest in at the desk");
        }
        Instant now = now();
        releaseRoom(s, now);
        s.setRoomId(null);
        move(s, CheckinState.IDENTITY_VERIFIED, now);
        touch(s, now);
        sessions.update(s);
        audit.append(hotelId, staff, "checkin.escalation-approved", "checkin", s.getId(), "");
        return view(s);
    }

    /** Staff deny an escalated check-in (staff API): it FAILS and gives its room and keys back. */
    @Transactional
    public CheckinView denyEscalation(long hotelId, String checkinId, AuditTrail.Actor staff) {
        CheckinSession s = sessions.findByIdAndHotelIdForUpdate(checkinId, hotelId).orElseThrow(() -> notFound(checkinId));
        requireState(s, "deny", CheckinState.ESCALATED);
        Instant now = now();
        move(s, CheckinState.FAILED, now);
        releaseRoom(s, now);
        touch(s, now);
        sessions.update(s);
        audit.append(hotelId, staff, "checkin.escalation-denied", "checkin", s.getId(), "");
        return view(s);
    }

    /** Expires one idle session (called by the expiry job); false when it is no longer due. */
    @Transactional
    public boolean expire(String checkinId) {
        CheckinSession s = sessions.findByIdForUpdate(checkinId).orElse(null);
        Instant now = now();
        if (s == null || !CheckinState.EXPIRABLE.contains(s.getState()) || !s.getExpiresAt().isBefore(now)) {
            return false;
        }
        move(s, CheckinState.EXPIRED, now);
        releaseRoom(s, now);
        sessions.update(s);
        audit.append(s.getHotelId(), AuditTrail.Actor.SYSTEM, "checkin.expired", "checkin", s.getId(), "");
        return true;
    }

    /** Gives the room back (clean if no key left the kiosk, dirty otherwise) and revokes the keys. */
    private void releaseRoom(CheckinSession s, Instant now) {
        if (s.getRoomId() == null) {
            return;
        }
        boolean keyLeftKiosk = keyCards.findByCheckinIdOrderById(s.getId()).stream()
                .anyMatch(k -> k.getStatus() == KeyCardStatus.DISPENSED);
        keyCards.revokeForCheckin(s.getId(), now);
        rooms.release(s.getRoomId(), s.getReservationId(),
                (keyLeftKiosk ? RoomStatus.VACANT_DIRTY : RoomStatus.VACANT_CLEAN).name(), now);
    }

    @Transactional(readOnly = true)
    public CheckinView get(KioskPrincipal kiosk, String checkinId) {
        CheckinSession s = sessions.findByIdAndHotelId(checkinId, kiosk.hotelId())
                .orElseThrow(() -> notFound(checkinId));
        return view(s);
    }

    // ---- helpers -------------------------------------------------------------------------------

    private CheckinSession lock(KioskPrincipal kiosk, String checkinId) {
        CheckinSession s = sessions.findByIdAndHotelIdForUpdate(checkinId, kiosk.hotelId())
                .orElseThrow(() -> notFound(checkinId));
        if (CheckinState.EXPIRABLE.contains(s.getState()) && s.getExpiresAt().isBefore(Instant.now())) {
            throw ApiProblem.conflict("session-expired", "This check-in expired after being idle; start again");
        }
        return s;
    }

    private static ApiProblem notFound(String checkinId) {
        String shown = checkinId.length() > 40 ? checkinId.substring(0, 40) + "..." : checkinId;
        return ApiProblem.notFound("checkin-not-found", "No check-in " + shown + " at this hotel");
    }

    private static void requireState(CheckinSession s, String action, CheckinState... allowed) {
        if (!Arrays.asList(allowed).contains(s.getState())) {
            throw ApiProblem.conflict("illegal-state", "Cannot " + action + " while the check-in is "
                    + s.getState() + " (needs " + Arrays.stream(allowed).map(Enum::name)
                    .collect(Collectors.joining(" or ")) + ")");
        }
    }

    /** The one place a session changes state: checks the machine, stamps the transition time. */
    private void move(CheckinSession s, CheckinState to, Instant now) {
        CheckinState from = s.getState();
        if (!from.canMoveTo(to)) {
            throw ApiProblem.conflict("illegal-transition", "A check-in cannot go from " + from + " to " + to);
        }
        s.setState(to);
        switch (to) {
            case DOCUMENT_VERIFIED -> s.setDocumentVerifiedAt(now);
            case IDENTITY_VERIFIED -> s.setIdentityVerifiedAt(now);
            case ROOM_ASSIGNED -> s.setRoomAssignedAt(now);
            case KEYS_ISSUED -> s.setKeysIssuedAt(now);
            case COMPLETED -> s.setCompletedAt(now);
            case ESCALATED -> s.setEscalatedAt(now);
            case ABANDONED -> s.setAbandonedAt(now);
            case EXPIRED -> s.setExpiredAt(now);
            case FAILED -> s.setFailedAt(now);
            case STARTED -> s.setStartedAt(now);
            default -> throw new IllegalStateException("unhandled state " + to);
        }
        transitions.transition(s, from.name(), to, now);
    }

    private void touch(CheckinSession s, Instant now) {
        s.setLastActivityAt(now);
        s.setExpiresAt(now.plus(sessionConfig.idleTimeout()));
    }

    private Hotel hotel(CheckinSession s) {
        return catalog.hotel(s.getHotelId());
    }

    private static LocalDate today(Hotel hotel) {
        return LocalDate.now(ZoneId.of(hotel.getTimeZone()));
    }

    private static List<Long> candidates(CheckinSession s) {
        if (s.getCandidateIds() == null || s.getCandidateIds().isEmpty()) {
            return List.of();
        }
        return Arrays.stream(s.getCandidateIds().split(",")).map(Long::valueOf).toList();
    }

    private ReservationsResponse reservationsResponse(CheckinSession s, List<Reservation> list) {
        return new ReservationsResponse(s.getId(), s.getState(), list.stream().map(this::summary).toList(),
                s.getReservationId());
    }

    private ReservationSummary summary(Reservation r) {
        RoomType t = catalog.roomType(r.getRoomTypeId());
        return new ReservationSummary(r.getId(), r.getConfirmationCode(), r.getArrival(), r.getDeparture(),
                t.getCode(), t.getName(), r.getAdults());
    }

    private CheckinView view(CheckinSession s) {
        return view(s, reservation(s), null);
    }

    private Reservation reservation(CheckinSession s) {
        return s.getReservationId() == null ? null : reservations.findById(s.getReservationId()).orElse(null);
    }

    /**
     * The check-in as the kiosk sees it, from the session's reservation (null: none) and its keys
     * when the caller has just read them (null: read here), so a call reads nothing twice.
     */
    private CheckinView view(CheckinSession s, Reservation r, List<KeyCard> sessionKeys) {
        ReservationSummary reservation = r == null ? null : summary(r);
        Room room = s.getRoomId() == null ? null : rooms.findById(s.getRoomId()).orElse(null);
        List<KeyView> keys = room == null ? List.of()
                : (sessionKeys != null ? sessionKeys : keyCards.findByCheckinIdOrderById(s.getId()))
                        .stream().map(k -> keyView(k, room)).toList();
        Map<CheckinState, Instant> at = new EnumMap<>(CheckinState.class);
        put(at, CheckinState.STARTED, s.getStartedAt());
        put(at, CheckinState.DOCUMENT_VERIFIED, s.getDocumentVerifiedAt());
        put(at, CheckinState.IDENTITY_VERIFIED, s.getIdentityVerifiedAt());
        put(at, CheckinState.ROOM_ASSIGNED, s.getRoomAssignedAt());
        put(at, CheckinState.KEYS_ISSUED, s.getKeysIssuedAt());
        put(at, CheckinState.COMPLETED, s.getCompletedAt());
        put(at, CheckinState.ESCALATED, s.getEscalatedAt());
        put(at, CheckinState.ABANDONED, s.getAbandonedAt());
        put(at, CheckinState.EXPIRED, s.getExpiredAt());
        put(at, CheckinState.FAILED, s.getFailedAt());
        return new CheckinView(s.getId(), s.getState(), s.getExpiresAt(), reservation,
                room == null ? null : room.getRoomNumber(), room == null ? null : room.getFloorNumber(),
                s.getIdentityDecision(), s.getEscalationReason(), keys, at);
    }

    private static void put(Map<CheckinState, Instant> map, CheckinState state, Instant at) {
        if (at != null) {
            map.put(state, at);
        }
    }
}
