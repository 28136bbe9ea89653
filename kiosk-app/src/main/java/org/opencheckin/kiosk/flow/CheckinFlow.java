package org.opencheckin.kiosk.flow;

import jakarta.inject.Singleton;
import org.opencheckin.kiosk.backend.BackendRejectedException;
import org.opencheckin.kiosk.backend.BackendUnavailableException;
import org.opencheckin.kiosk.backend.KioskBackend;
import org.opencheckin.kiosk.backend.KioskBackend.CheckinState;
import org.opencheckin.kiosk.backend.KioskBackend.IdentityClaim;
import org.opencheckin.kiosk.backend.KioskBackend.IdentityResult;
import org.opencheckin.kiosk.backend.KioskBackend.IssuedKey;
import org.opencheckin.kiosk.backend.KioskBackend.Reservation;
import org.opencheckin.kiosk.backend.KioskBackend.ReservationMatches;
import org.opencheckin.kiosk.backend.KioskBackend.RoomAssignment;
import org.opencheckin.kiosk.camera.QrSource;
import org.opencheckin.kiosk.device.DeviceFaultException;
import org.opencheckin.kiosk.device.DeviceState;
import org.opencheckin.kiosk.device.DeviceStatusBoard;
import org.opencheckin.kiosk.device.DocumentPoll;
import org.opencheckin.kiosk.device.DocumentSource;
import org.opencheckin.kiosk.device.KeyCardIssuer;
import org.opencheckin.kiosk.device.ScannedDocument;
import org.opencheckin.kiosk.identity.FaceAttempt;
import org.opencheckin.kiosk.identity.FaceCheck;
import org.opencheckin.kiosk.vision.Guidance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The guest check-in flow as an explicit state machine, independent of HTTP and of the screens.
 *
 * <p>Two kinds of input drive it. Guest actions ({@link #start()}, {@link #chooseLanguage}, ...) are quick:
 * they change state and make at most one backend call. {@link #tick()} is called a few times a second by
 * one worker thread, and at once after any change ({@link #awaitWork}): it runs the timeouts and the slow device work (polling the document readers, a face
 * try, encoding and dispensing a card, asking the backend what staff decided). Device work runs outside the
 * lock so "Call staff" is never stuck behind a card in the encoder; its result is applied only if the same
 * session is still there.
 *
 * <p>Guest data (the document, the portrait, the reservations, the key payloads) lives in the
 * {@link GuestSession} and nowhere else; it is wiped when the session ends, and nothing here logs it.
 * Every transition is logged with the backend's check-in id only.
 *
 * <p>Thread-safe: guest actions and the tick serialise on this object.
 */
@Singleton
public class CheckinFlow {

    private static final Logger LOG = LoggerFactory.getLogger(CheckinFlow.class);
    /** Length of the signed key payload, {@code docs/keycard-format.md}. */
    static final int KEY_PAYLOAD_BYTES = 48;

    private final KioskBackend backend;
    private final DocumentSource documents;
    private final KeyCardIssuer issuer;
    private final FaceCheck face;
    private final QrSource qr;
    private final DeviceStatusBoard board;
    private final FlowSettings settings;
    private final Clock clock;
    private final List<SessionEndListener> endListeners;

    private FlowState state = FlowState.ATTRACT;
    private GuestSession session = new GuestSession(0);
    private long sessions;
    private long version;
    private Instant enteredAt;
    private Instant lastActivity;
    private Instant lastStaffPoll = Instant.EPOCH;
    private Instant lastHealthCheck = Instant.EPOCH;
    /** Held while a device is used: the worker's device work and the technician's self-tests never overlap. */
    private final ReentrantLock devices = new ReentrantLock();
    private final WorkSignal work = new WorkSignal();
    private volatile Guidance guidance;
    private volatile FlowSnapshot snapshot;

    public CheckinFlow(KioskBackend backend, DocumentSource documents, KeyCardIssuer issuer, FaceCheck face,
                       QrSource qr, DeviceStatusBoard board, FlowSettings settings, Clock clock,
                       List<SessionEndListener> endListeners) {
        this.backend = backend;
        this.documents = documents;
        this.issuer = issuer;
        this.face = face;
        this.qr = qr;
        this.board = board;
        this.settings = settings;
        this.clock = clock;
        this.endListeners = List.copyOf(endListeners);
        this.enteredAt = clock.instant();
        this.lastActivity = enteredAt;
        publish();
    }

    // ---------------------------------------------------------------- reading

    /** The current picture, without taking the lock. */
    public FlowSnapshot snapshot() {
        return snapshot;
    }

    public synchronized FlowState state() {
        return state;
    }

    /** For tests and the privacy check: the live session object. */
    synchronized GuestSession session() {
        return session;
    }

    // ---------------------------------------------------------------- guest actions

    /** "Touch to start" on the attract screen. */
    public synchronized void start() {
        touch();
        if (state == FlowState.ATTRACT) {
            session = new GuestSession(++sessions);
            to(FlowState.LANGUAGE);
        }
    }

    public synchronized void chooseLanguage(String languageTag) {
        touch();
        if (state == FlowState.LANGUAGE) {
            session.language = languageTag;
            to(FlowState.CONSENT);
        }
    }

    /** Large text and high contrast, with the longer timeouts; may be switched on any screen. */
    public synchronized void accessible(boolean on) {
        touch();
        session.accessible = on;
        changed();
    }

    /**
     * The guest agrees to what is read and why. Opens the backend session.
     *
     * @param faceByStaff "verify with staff instead" of the face check
     */
    public synchronized void acceptConsent(boolean faceByStaff) {
        touch();
        if (state != FlowState.CONSENT) {
            return;
        }
        session.faceByStaff = faceByStaff;
        try {
            session.checkinId = backend.startCheckin().checkinId();
            to(FlowState.DOCUMENT);
        } catch (BackendUnavailableException e) {
            backendDown(e);
        } catch (BackendRejectedException e) {
            fail(Problem.UNEXPECTED, e);
        }
    }

    public synchronized void declineConsent() {
        touch();
        if (state == FlowState.CONSENT) {
            endSession("consent declined");
        }
    }

    /** Typed booking confirmation code (the QR path ends here too). */
    public synchronized void enterCode(String code) {
        touch();
        if (state != FlowState.DOCUMENT || code == null || code.isBlank()) {
            return;
        }
        try {
            showReservations(backend.lookup(session.checkinId, code.trim()), Notice.CODE_NOT_FOUND);
        } catch (BackendRejectedException e) {
            notice(e.status() == 404 ? Notice.CODE_NOT_FOUND : Notice.DOCUMENT_REFUSED);
        } catch (BackendUnavailableException e) {
            backendDown(e);
        }
    }

    /** Switches the document screen to scanning a booking QR code with the camera. */
    public synchronized void scanQr(boolean on) {
        touch();
        if (state == FlowState.DOCUMENT) {
            session.qrScanning = on;
            changed();
        }
    }

    public synchronized void chooseReservation(long reservationId) {
        touch();
        if (state != FlowState.RESERVATION) {
            return;
        }
        Optional<Reservation> chosen = session.reservations.stream()
                .filter(r -> r.reservationId() != null && r.reservationId() == reservationId).findFirst();
        if (chosen.isEmpty()) {
            return;
        }
        try {
            CheckinState after = backend.chooseReservation(session.checkinId, reservationId);
            session.reservation = chosen.get();
            if ("STARTED".equals(after.state())) {
                // Found by booking code or QR: the law still wants the guest's document, and it must match.
                session.notice = Notice.DOCUMENT_NEEDED;
                to(FlowState.DOCUMENT);
            } else {
                routeIdentity();
            }
        } catch (BackendUnavailableException e) {
            backendDown(e);
        } catch (BackendRejectedException e) {
            fail(Problem.UNEXPECTED, e);
        }
    }

    /** Starts one face try (the tick runs it). */
    public synchronized void startFaceTry() {
        touch();
        if (state == FlowState.FACE && !session.faceRequested) {
            session.faceRequested = true;
            session.notice = null;
            changed();
        }
    }

    /** "Verify with staff instead" on the face screen. */
    public synchronized void verifyWithStaff() {
        touch();
        if (state == FlowState.FACE && !session.faceRequested) {
            identityByStaff(Problem.IDENTITY_BY_STAFF);
        }
    }

    public synchronized void continueToKeys() {
        touch();
        if (state == FlowState.ROOM) {
            to(FlowState.KEYS);
        }
    }

    /** How many cards the guest wants; the tick then fetches the signed payloads and issues them. */
    public synchronized void requestKeys(int count) {
        touch();
        if (state != FlowState.KEYS || session.keyCount > 0) {
            return;
        }
        if (count < 1 || count > settings.getMaxKeys()) {
            throw new IllegalArgumentException("key count must be 1.." + settings.getMaxKeys());
        }
        session.keyCount = count;
        session.idempotencyKey = UUID.randomUUID().toString();
        changed();
    }

    /** "Finish" on the done screen. */
    public synchronized void finish() {
        touch();
        if (state == FlowState.DONE) {
            endSession("finished");
        }
    }

    /** "Call staff", available on every screen. */
    public synchronized void callStaff() {
        touch();
        if (state == FlowState.WAITING_FOR_STAFF || state == FlowState.OUT_OF_SERVICE) {
            return;
        }
        if (state == FlowState.ATTRACT) {
            session = new GuestSession(++sessions);
        }
        session.returnTo = state;
        escalate(Problem.STAFF_CALLED);
    }

    /**
     * The guest takes back a call made before a backend session existed (nobody can decide anything for
     * it); with a backend session, staff decide and this does nothing.
     */
    public synchronized void cancelStaffCall() {
        touch();
        if (state == FlowState.WAITING_FOR_STAFF && session.localCall) {
            session.localCall = false;
            session.problem = null;
            FlowState back = session.returnTo == null ? FlowState.ATTRACT : session.returnTo;
            if (back == FlowState.ATTRACT) {
                endSession("staff call cancelled");
            } else {
                to(back);
            }
        }
    }

    /** "Start over" on the error screen. */
    public synchronized void startOver() {
        touch();
        if (state == FlowState.ERROR) {
            endSession("start over");
        }
    }

    /** Any touch: resets the idle timer and stops a running countdown. */
    public synchronized void stillHere() {
        boolean wasCounting = counting();
        touch();
        if (wasCounting) {
            changed();
        }
    }

    /** Maintenance: take the kiosk out of service (ends any session politely) or back in. */
    public synchronized void outOfService(boolean out) {
        if (out && state != FlowState.OUT_OF_SERVICE) {
            abandonQuietly();
            wipe();
            to(FlowState.OUT_OF_SERVICE);
        } else if (!out && state == FlowState.OUT_OF_SERVICE) {
            to(FlowState.ATTRACT);
        }
    }

    // ---------------------------------------------------------------- the worker tick

    /**
     * Runs timeouts and at most one piece of device or polling work. Called by one thread only
     * ({@link FlowTicker}; tests call it directly).
     */
    public void tick() {
        Runnable work;
        synchronized (this) {
            if (checkTimeouts()) {
                return;
            }
            work = nextWork();
        }
        if (work != null) {
            devices.lock();
            try {
                work.run();
            } finally {
                devices.unlock();
            }
        }
    }

    /**
     * Waits until a guest action or a state change may have made work ready, or {@code timeout} has passed
     * (the worker's tick).
     *
     * @return true when woken by a change
     */
    public boolean awaitWork(Duration timeout) throws InterruptedException {
        return work.await(timeout);
    }

    /**
     * Runs a technician's device action (self-test, test card) while no guest work uses the devices.
     * Refused (returns false) while a guest session is in progress.
     */
    public boolean withDevicesIdle(Runnable action) {
        synchronized (this) {
            if (state != FlowState.ATTRACT && state != FlowState.OUT_OF_SERVICE) {
                return false;
            }
        }
        devices.lock();
        try {
            action.run();
            return true;
        } finally {
            devices.unlock();
        }
    }

    private boolean checkTimeouts() {
        Instant now = clock.instant();
        if (state.idleTimed() && !busy()) {
            Duration idle = Duration.between(lastActivity, now);
            Duration limit = settings.idleTimeout(session.accessible).plus(settings.countdown(session.accessible));
            if (idle.compareTo(limit) >= 0) {
                LOG.info("flow: session {} idle in {}, wiping", session.checkinId, state);
                abandonQuietly();
                endSession("idle");
                return true;
            }
            publish();
        } else if (state == FlowState.DONE) {
            if (Duration.between(enteredAt, now).compareTo(settings.doneDisplay(session.accessible)) >= 0) {
                endSession("done screen shown");
                return true;
            }
        } else if (state == FlowState.WAITING_FOR_STAFF) {
            if (Duration.between(enteredAt, now).compareTo(settings.getStaffWaitLimit()) >= 0) {
                LOG.warn("flow: nobody answered the staff call of session {} within {}", session.checkinId,
                        settings.getStaffWaitLimit());
                abandonQuietly();
                endSession("staff wait limit");
                return true;
            }
        }
        return false;
    }

    /** Device work in progress: the idle countdown does not run while the kiosk itself is busy. */
    private boolean busy() {
        return (state == FlowState.FACE && session.faceRequested)
                || (state == FlowState.KEYS && session.keyCount > 0);
    }

    private Runnable nextWork() {
        GuestSession s = session;
        return switch (state) {
            case DOCUMENT -> s.qrScanning ? () -> scanQrOnce(s) : () -> pollDocument(s);
            case FACE -> s.faceRequested ? () -> faceTry(s) : null;
            case KEYS -> s.keyCount > 0 ? () -> issueKeys(s) : null;
            case WAITING_FOR_STAFF -> staffPollDue() ? this::pollStaffDecision : null;
            case ATTRACT, OUT_OF_SERVICE -> healthCheckDue() ? this::checkDeviceHealth : null;
            default -> null;
        };
    }

    // ---------------------------------------------------------------- idle device health

    private boolean healthCheckDue() {
        return Duration.between(lastHealthCheck, clock.instant()).compareTo(settings.getDeviceCheckInterval()) >= 0;
    }

    /** Between guests: asks each device whether it is there, so faults show up and recoveries clear them. */
    private void checkDeviceHealth() {
        synchronized (this) {
            lastHealthCheck = clock.instant();
        }
        try {
            documents.selfTest();
            board.ok(documents.name(), "answering");
        } catch (DeviceFaultException e) {
            if (board.health(documents.name()) != DeviceState.Health.FAULT) {
                LOG.warn("device check: {}", e.getMessage());
            }
            board.fault(documents.name(), e.getMessage());
        }
        try {
            KeyCardIssuer.StackerLevel level = issuer.stackerLevel();
            board.stackerLevel(level);
            switch (level) {
                case EMPTY -> board.degraded(issuer.name(), "card stacker empty");
                case LOW -> board.degraded(issuer.name(), "card stacker low");
                case ENOUGH -> board.ok(issuer.name(), "ready");
            }
        } catch (DeviceFaultException e) {
            if (board.health(issuer.name()) != DeviceState.Health.FAULT) {
                LOG.warn("device check: {}", e.getMessage());
            }
            board.fault(issuer.name(), e.getMessage());
        }
    }

    // ---------------------------------------------------------------- document step

    private void pollDocument(GuestSession s) {
        DocumentPoll poll;
        try {
            poll = documents.poll();
            board.ok(documents.name(), "answering");
        } catch (DeviceFaultException e) {
            board.fault(documents.name(), e.getMessage());
            synchronized (this) {
                if (current(s, FlowState.DOCUMENT) && s.notice != Notice.READER_FAULT) {
                    notice(Notice.READER_FAULT);
                }
            }
            return;
        }
        synchronized (this) {
            if (!current(s, FlowState.DOCUMENT)) {
                if (poll.document() != null) {
                    poll.document().wipe();
                }
                return;
            }
            switch (poll.status()) {
                case NO_DOCUMENT -> {
                    if (s.notice == Notice.READER_FAULT) {
                        notice(null);
                    }
                }
                case PLACE_AGAIN -> notice(Notice.PLACE_CARD_AGAIN);
                case READ -> documentRead(poll.document());
            }
        }
    }

    private void documentRead(ScannedDocument document) {
        touch();
        LOG.info("flow: session {} document read, type {}", session.checkinId, document.type());
        try {
            ReservationMatches matches = backend.submitDocument(session.checkinId, GuestSession.payload(document));
            session.replaceDocument(document);
            Reservation chosen = session.reservation;
            if (chosen != null && matches.reservations().stream()
                    .anyMatch(r -> chosen.reservationId().equals(r.reservationId()))) {
                session.notice = null;
                routeIdentity();
            } else {
                showReservations(matches, Notice.NO_RESERVATION_FOUND);
            }
        } catch (BackendRejectedException e) {
            document.wipe();
            LOG.info("flow: session {} document refused by the backend: HTTP {} {}", session.checkinId, e.status(),
                    e.type());
            notice(e.status() == 404 ? Notice.NO_RESERVATION_FOUND
                    : e.type() != null && e.type().contains("document-mismatch") ? Notice.DOCUMENT_MISMATCH
                    : Notice.DOCUMENT_REFUSED);
        } catch (BackendUnavailableException e) {
            document.wipe();
            backendDown(e);
        }
    }

    private void scanQrOnce(GuestSession s) {
        Optional<String> code = qr.scan();
        if (code.isPresent()) {
            synchronized (this) {
                if (current(s, FlowState.DOCUMENT)) {
                    s.qrScanning = false;
                    enterCode(code.get());
                }
            }
        }
    }

    private void showReservations(ReservationMatches matches, Notice whenNone) {
        if (matches.reservations().isEmpty()) {
            session.wipeDocument();
            notice(whenNone);
            return;
        }
        session.reservations = matches.reservations();
        session.notice = null;
        to(FlowState.RESERVATION);
    }

    // ---------------------------------------------------------------- identity step

    private void routeIdentity() {
        if (session.faceByStaff) {
            identityByStaff(Problem.IDENTITY_BY_STAFF);
        } else if (session.document == null || !session.document.hasPortrait()) {
            identityByStaff(Problem.NO_PORTRAIT);
        } else if (!face.available()) {
            LOG.info("flow: session {} face check unavailable ({}), identity by staff", session.checkinId,
                    face.unavailableReason());
            identityByStaff(Problem.FACE_UNAVAILABLE);
        } else {
            to(FlowState.FACE);
        }
    }

    private void faceTry(GuestSession s) {
        byte[] portrait;
        synchronized (this) {
            if (!current(s, FlowState.FACE) || s.document == null || !s.document.hasPortrait()) {
                return;
            }
            portrait = s.document.portrait();
        }
        FaceAttempt attempt = face.attempt(portrait, g -> guidance = g);
        guidance = null;
        synchronized (this) {
            if (!current(s, FlowState.FACE)) {
                return;
            }
            s.faceRequested = false;
            faceResult(attempt);
        }
    }

    private void faceResult(FaceAttempt attempt) {
        switch (attempt.outcome()) {
            case MATCH -> reportFace(attempt);
            case NO_MATCH, NOT_LIVE -> {
                session.faceTries++;
                LOG.info("flow: session {} face try {} of {}: {}", session.checkinId, session.faceTries,
                        settings.getMaxFaceTries(), attempt.outcome());
                if (session.faceTries >= settings.getMaxFaceTries()) {
                    escalate(Problem.FACE_TRIES_EXHAUSTED);
                } else {
                    notice(attempt.outcome() == FaceAttempt.Outcome.NO_MATCH ? Notice.FACE_NO_MATCH
                            : Notice.FACE_NOT_LIVE);
                }
            }
            case PORTRAIT_UNUSABLE -> identityByStaff(Problem.PORTRAIT_UNUSABLE);
            case UNAVAILABLE -> identityByStaff(Problem.FACE_UNAVAILABLE);
        }
    }

    private void reportFace(FaceAttempt attempt) {
        session.faceTries++;
        try {
            IdentityResult result = backend.reportIdentity(session.checkinId,
                    IdentityClaim.face(attempt.faceScore(), attempt.livenessScore(), attempt.modelId()));
            if ("MATCH".equals(result.decision())) {
                enterRoom();
            } else if ("ESCALATED".equals(result.state()) || session.faceTries >= settings.getMaxFaceTries()) {
                escalate(Problem.FACE_REVIEW);
            } else {
                notice(Notice.FACE_NO_MATCH);
            }
        } catch (BackendUnavailableException e) {
            backendDown(e);
        } catch (BackendRejectedException e) {
            fail(Problem.UNEXPECTED, e);
        }
    }

    private void identityByStaff(Problem why) {
        try {
            IdentityResult result = backend.reportIdentity(session.checkinId, IdentityClaim.staff());
            if ("MATCH".equals(result.decision())) {
                enterRoom();
            } else {
                escalate(why, "ESCALATED".equals(result.state()));
            }
        } catch (BackendUnavailableException e) {
            backendDown(e);
        } catch (BackendRejectedException e) {
            fail(Problem.UNEXPECTED, e);
        }
    }

    // ---------------------------------------------------------------- room and keys

    private void enterRoom() {
        try {
            RoomAssignment room = backend.assignRoom(session.checkinId);
            session.roomNumber = room.roomNumber();
            session.floor = room.floor();
            to(FlowState.ROOM);
        } catch (BackendRejectedException e) {
            if (e.status() == 409) {
                escalate(Problem.NO_ROOM_READY);
            } else {
                fail(Problem.UNEXPECTED, e);
            }
        } catch (BackendUnavailableException e) {
            backendDown(e);
        }
    }

    /**
     * Fetches the signed keys (once per session) and issues the cards one after another without waiting for
     * the next tick; the lock is free between cards, so the screen shows each card and "Call staff" works.
     */
    private void issueKeys(GuestSession s) {
        while (issueNextKey(s)) {
            // next card
        }
    }

    /** @return true when a card was dispensed and the next one (or the completion) should follow at once */
    private boolean issueNextKey(GuestSession s) {
        if (s.keys.isEmpty() && !fetchKeys(s)) {
            return false;
        }
        int index;
        IssuedKey key;
        synchronized (this) {
            if (!current(s, FlowState.KEYS)) {
                return false;
            }
            index = s.cards.indexOf(CardStatus.WAITING);
            if (index < 0) {
                complete();
                return false;
            }
            key = s.keys.get(index);
            s.cards.set(index, CardStatus.ENCODING);
            changed();
        }
        byte[] payload = decodePayload(key.payload());
        if (payload == null) {
            keyFailed(s, index, key, "payload is not 48 bytes of Base64", Problem.KEY_PAYLOAD_INVALID);
            return false;
        }
        DeviceFaultException last = null;
        for (int attempt = 1; attempt <= settings.getEncodeAttempts(); attempt++) {
            byte[] bytes = attempt == 1 ? payload : decodePayload(key.payload());
            try {
                issuer.issue(bytes);
                board.cardUsed();
                board.ok(issuer.name(), "card issued");
                last = null;
                break;
            } catch (DeviceFaultException e) {
                last = e;
                board.fault(issuer.name(), e.getMessage());
                if (e.fault() != DeviceFaultException.Fault.ENCODE_FAILED) {
                    break;
                }
                board.cardUsed();
            } finally {
                java.util.Arrays.fill(bytes, (byte) 0);
            }
        }
        if (last != null) {
            keyFailed(s, index, key, last.getMessage(), last.fault() == DeviceFaultException.Fault.OUT_OF_CARDS
                    ? Problem.OUT_OF_CARDS : Problem.KEY_DEVICE_FAULT);
            return false;
        }
        try {
            backend.keyDispensed(s.checkinId, key.keySerial());
        } catch (RuntimeException e) {
            board.error("backend", "dispensed mark for key " + key.keySerial() + " not sent: " + e.getMessage());
        }
        synchronized (this) {
            s.cards.set(index, CardStatus.DISPENSED);
            LOG.info("flow: session {} key {} of {} dispensed", s.checkinId, index + 1, s.cards.size());
            if (current(s, FlowState.KEYS)) {
                changed();
                return true;
            }
            return false;
        }
    }

    private boolean fetchKeys(GuestSession s) {
        synchronized (this) {
            if (!current(s, FlowState.KEYS)) {
                return false;
            }
            try {
                List<IssuedKey> keys = backend.issueKeys(s.checkinId, s.keyCount, s.idempotencyKey).keys();
                if (keys.isEmpty()) {
                    escalate(Problem.UNEXPECTED);
                    return false;
                }
                s.keys = new ArrayList<>(keys);
                s.cards = new ArrayList<>(keys.stream().map(k -> CardStatus.WAITING).toList());
                changed();
                return true;
            } catch (BackendUnavailableException e) {
                backendDown(e);
            } catch (BackendRejectedException e) {
                fail(Problem.UNEXPECTED, e);
            }
            return false;
        }
    }

    private void keyFailed(GuestSession s, int index, IssuedKey key, String reason, Problem problem) {
        try {
            backend.keyFailed(s.checkinId, key.keySerial(), reason);
        } catch (RuntimeException e) {
            board.error("backend", "failed mark for key " + key.keySerial() + " not sent: " + e.getMessage());
        }
        synchronized (this) {
            s.cards.set(index, CardStatus.FAILED);
            if (current(s, FlowState.KEYS)) {
                LOG.warn("flow: session {} key {} failed: {}", s.checkinId, index + 1, reason);
                s.keyCount = 0;
                escalate(problem);
            }
        }
    }

    static byte[] decodePayload(String base64) {
        if (base64 == null) {
            return null;
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(base64);
            return bytes.length == KEY_PAYLOAD_BYTES ? bytes : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void complete() {
        try {
            backend.complete(session.checkinId);
            to(FlowState.DONE);
        } catch (BackendUnavailableException e) {
            // The cards are in the guest's hand; the backend will learn of the completion from staff.
            board.error("backend", "complete not sent: " + e.getMessage());
            to(FlowState.DONE);
        } catch (BackendRejectedException e) {
            board.error("backend", "complete refused: HTTP " + e.status());
            to(FlowState.DONE);
        }
    }

    // ---------------------------------------------------------------- staff

    private void escalate(Problem why) {
        escalate(why, false);
    }

    private void escalate(Problem why, boolean alreadyEscalated) {
        session.problem = why;
        session.notice = null;
        session.faceRequested = false;
        if (session.checkinId == null) {
            session.localCall = true;
            board.error("flow", "staff called (" + why + ") before a check-in session existed");
        } else if (!alreadyEscalated) {
            try {
                backend.escalate(session.checkinId, why.name());
                session.escalated = true;
            } catch (BackendUnavailableException e) {
                board.error("backend", e.getMessage());
                session.notice = Notice.BACKEND_UNREACHABLE;
            } catch (BackendRejectedException e) {
                board.error("backend", e.getMessage());
                session.escalated = true;
            }
        } else {
            session.escalated = true;
        }
        lastStaffPoll = clock.instant();
        to(FlowState.WAITING_FOR_STAFF);
    }

    private boolean staffPollDue() {
        return session.checkinId != null && !session.localCall
                && Duration.between(lastStaffPoll, clock.instant()).compareTo(settings.getStaffPollInterval()) >= 0;
    }

    private void pollStaffDecision() {
        synchronized (this) {
            lastStaffPoll = clock.instant();
            if (state != FlowState.WAITING_FOR_STAFF) {
                return;
            }
            CheckinState decided;
            try {
                decided = backend.status(session.checkinId);
            } catch (BackendUnavailableException e) {
                board.error("backend", e.getMessage());
                if (session.notice != Notice.BACKEND_UNREACHABLE) {
                    notice(Notice.BACKEND_UNREACHABLE);
                }
                return;
            } catch (BackendRejectedException e) {
                fail(Problem.SESSION_CLOSED, e);
                return;
            }
            if (!session.escalated && session.notice == Notice.BACKEND_UNREACHABLE) {
                retryEscalation();
                return;
            }
            resumeAfterStaff(decided);
        }
    }

    private void retryEscalation() {
        try {
            backend.escalate(session.checkinId, session.problem.name());
            session.escalated = true;
            notice(null);
        } catch (RuntimeException e) {
            board.error("backend", e.getMessage());
        }
    }

    /** Staff decided in the admin web: continue where the backend's session now stands, or end politely. */
    private void resumeAfterStaff(CheckinState decided) {
        String backendState = decided.state() == null ? "" : decided.state();
        switch (backendState) {
            case "ESCALATED" -> {
                if (session.notice == Notice.BACKEND_UNREACHABLE) {
                    notice(null);
                }
            }
            case "STARTED" -> resumeAt(FlowState.DOCUMENT);
            case "DOCUMENT_VERIFIED" -> resumeAt(session.reservations.isEmpty() ? FlowState.DOCUMENT
                    : session.reservation == null ? FlowState.RESERVATION : FlowState.DOCUMENT);
            case "IDENTITY_VERIFIED" -> {
                session.problem = null;
                enterRoom();
            }
            case "ROOM_ASSIGNED", "KEYS_ISSUED" -> {
                if (decided.roomNumber() != null) {
                    session.roomNumber = decided.roomNumber();
                    session.floor = decided.floor();
                }
                boolean keysPending = session.cards.contains(CardStatus.WAITING)
                        || session.cards.contains(CardStatus.FAILED);
                if (keysPending) {
                    session.cards.replaceAll(c -> c == CardStatus.FAILED ? CardStatus.WAITING : c);
                    session.keyCount = session.cards.size();
                    resumeAt(FlowState.KEYS);
                } else {
                    resumeAt(session.keys.isEmpty() ? FlowState.ROOM : FlowState.DONE);
                }
            }
            case "COMPLETED" -> resumeAt(FlowState.DONE);
            default -> {
                LOG.info("flow: session {} closed by staff or backend ({})", session.checkinId, backendState);
                session.problem = Problem.SESSION_CLOSED;
                session.escalated = false;
                to(FlowState.ERROR);
            }
        }
    }

    private void resumeAt(FlowState target) {
        LOG.info("flow: session {} resumes at {} after staff", session.checkinId, target);
        session.problem = null;
        session.notice = null;
        session.escalated = false;
        to(target);
    }

    // ---------------------------------------------------------------- failures and ending

    private void backendDown(BackendUnavailableException e) {
        LOG.warn("flow: session {} in {}: {}", session.checkinId, state, e.getMessage());
        board.error("backend", e.getMessage());
        session.problem = Problem.BACKEND_UNREACHABLE;
        to(FlowState.ERROR);
    }

    private void fail(Problem problem, BackendRejectedException e) {
        LOG.warn("flow: session {} in {}: {}", session.checkinId, state, e.getMessage());
        board.error("backend", e.getMessage());
        session.problem = problem;
        to(FlowState.ERROR);
    }

    private void abandonQuietly() {
        if (session.checkinId != null && state != FlowState.DONE) {
            try {
                backend.abandon(session.checkinId);
            } catch (RuntimeException e) {
                LOG.info("flow: abandon of session {} not sent: {}", session.checkinId, e.getMessage());
            }
        }
    }

    private void endSession(String why) {
        LOG.info("flow: session {} ends ({})", session.checkinId, why);
        wipe();
        to(FlowState.ATTRACT);
    }

    private void wipe() {
        session.wipe();
        session = new GuestSession(session.number);
        guidance = null;
        for (SessionEndListener listener : endListeners) {
            listener.sessionEnded();
        }
    }

    // ---------------------------------------------------------------- bookkeeping

    private boolean current(GuestSession s, FlowState expected) {
        return session == s && state == expected;
    }

    private void notice(Notice notice) {
        session.notice = notice;
        changed();
    }

    private void touch() {
        lastActivity = clock.instant();
    }

    private boolean counting() {
        return state.idleTimed() && !busy() && Duration.between(lastActivity, clock.instant())
                .compareTo(settings.idleTimeout(session.accessible)) >= 0;
    }

    private void to(FlowState next) {
        if (next != state) {
            LOG.info("flow: {} -> {} (session {})", state, next, session.checkinId);
        }
        state = next;
        enteredAt = clock.instant();
        if (next != FlowState.WAITING_FOR_STAFF && next != FlowState.ERROR) {
            session.problem = null;
        }
        if (next != FlowState.FACE) {
            session.faceRequested = false;
        }
        changed();
    }

    private void changed() {
        version++;
        publish();
        work.raise();
    }

    private void publish() {
        long countdown = -1;
        if (counting()) {
            Duration left = settings.idleTimeout(session.accessible).plus(settings.countdown(session.accessible))
                    .minus(Duration.between(lastActivity, clock.instant()));
            countdown = Math.max(0, (left.toMillis() + 999) / 1000);
        }
        GuestSession s = session;
        int suggested = s.reservation != null && s.reservation.adults() != null
                ? Math.max(1, Math.min(settings.getMaxKeys(), s.reservation.adults())) : 1;
        snapshot = new FlowSnapshot(state, version, s.language, s.accessible, s.problem, s.notice,
                state == FlowState.WAITING_FOR_STAFF, s.localCall, List.copyOf(s.reservations), s.roomNumber,
                s.floor, s.faceTries, settings.getMaxFaceTries(), s.faceRequested, guidance, s.qrScanning, suggested,
                settings.getMaxKeys(), List.copyOf(s.cards), countdown);
    }

    /** The live prompt during a face try (changes without a redraw), or null. */
    public Guidance guidance() {
        return guidance;
    }
}
