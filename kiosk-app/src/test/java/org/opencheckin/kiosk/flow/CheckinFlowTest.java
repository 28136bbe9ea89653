package org.opencheckin.kiosk.flow;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opencheckin.kiosk.camera.QrSource;
import org.opencheckin.kiosk.device.DeviceFaultException.Fault;
import org.opencheckin.kiosk.device.DeviceState;
import org.opencheckin.kiosk.device.DeviceStatusBoard;
import org.opencheckin.kiosk.device.ScannedDocument;
import org.opencheckin.kiosk.device.fake.FakeDocumentSource;
import org.opencheckin.kiosk.device.fake.FakeKeyCardIssuer;
import org.opencheckin.kiosk.fakes.Documents;
import org.opencheckin.kiosk.fakes.FakeBackend;
import org.opencheckin.kiosk.fakes.FakeFaceCheck;
import org.opencheckin.kiosk.fakes.MutableClock;
import org.opencheckin.kiosk.identity.FaceAttempt.Outcome;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every transition, timeout and error path of the guest flow, with in-memory devices and backend. */
class CheckinFlowTest {

    MutableClock clock;
    FakeBackend backend;
    FakeDocumentSource reader;
    FakeKeyCardIssuer dispenser;
    FakeFaceCheck face;
    Deque<String> qrCodes;
    DeviceStatusBoard board;
    FlowSettings settings;
    AtomicInteger wipes;
    CheckinFlow flow;

    @BeforeEach
    void setUp() {
        clock = new MutableClock();
        backend = new FakeBackend();
        reader = new FakeDocumentSource();
        dispenser = new FakeKeyCardIssuer();
        face = new FakeFaceCheck();
        qrCodes = new ArrayDeque<>();
        QrSource qr = () -> Optional.ofNullable(qrCodes.pollFirst());
        board = new DeviceStatusBoard(clock);
        settings = new FlowSettings();
        wipes = new AtomicInteger();
        flow = new CheckinFlow(backend, reader, dispenser, face, qr, board, settings, clock,
                List.of(wipes::incrementAndGet));
    }

    FlowState state() {
        return flow.snapshot().state();
    }

    void toDocument() {
        flow.start();
        flow.chooseLanguage("en-US");
        flow.acceptConsent(false);
        assertThat(state()).isEqualTo(FlowState.DOCUMENT);
    }

    ScannedDocument toReservationWithId() {
        toDocument();
        ScannedDocument document = Documents.residentId();
        reader.place(document);
        flow.tick();
        assertThat(state()).isEqualTo(FlowState.RESERVATION);
        return document;
    }

    void toFace() {
        toReservationWithId();
        flow.chooseReservation(1L);
        assertThat(state()).isEqualTo(FlowState.FACE);
    }

    void toKeys() {
        toFace();
        flow.startFaceTry();
        flow.tick();
        assertThat(state()).isEqualTo(FlowState.ROOM);
        flow.continueToKeys();
        assertThat(state()).isEqualTo(FlowState.KEYS);
    }

    void tickUntil(FlowState target, int maxTicks) {
        for (int i = 0; i < maxTicks && state() != target; i++) {
            flow.tick();
        }
        assertThat(state()).isEqualTo(target);
    }

    @Test
    void happyPathFromAttractToDoneWritesOnlyTheBackendsSignedPayloads() {
        assertThat(state()).isEqualTo(FlowState.ATTRACT);
        flow.start();
        assertThat(state()).isEqualTo(FlowState.LANGUAGE);
        flow.chooseLanguage("zh-CN");
        assertThat(state()).isEqualTo(FlowState.CONSENT);
        assertThat(flow.snapshot().language()).isEqualTo("zh-CN");
        flow.acceptConsent(false);
        assertThat(state()).isEqualTo(FlowState.DOCUMENT);

        flow.tick();
        assertThat(state()).isEqualTo(FlowState.DOCUMENT);
        ScannedDocument document = Documents.residentId();
        reader.place(document);
        flow.tick();
        assertThat(state()).isEqualTo(FlowState.RESERVATION);
        assertThat(flow.snapshot().reservations()).extracting("reservationId").containsExactly(1L);

        flow.chooseReservation(1L);
        assertThat(state()).isEqualTo(FlowState.FACE);
        flow.startFaceTry();
        assertThat(flow.snapshot().faceChecking()).isTrue();
        flow.tick();
        assertThat(face.lastPortrait).isEqualTo(Documents.PORTRAIT);
        assertThat(state()).isEqualTo(FlowState.ROOM);
        assertThat(flow.snapshot().roomNumber()).isEqualTo("1204");
        assertThat(flow.snapshot().suggestedKeys()).isEqualTo(2);

        flow.continueToKeys();
        flow.requestKeys(2);
        tickUntil(FlowState.DONE, 10);

        assertThat(backend.calls).containsSubsequence("start", "document", "reservation 1", "identity FACE", "room",
                "keys 2", "complete");
        assertThat(backend.count("dispensed")).isEqualTo(2);
        List<String> signed = backend.keysByIdempotencyKey.values().iterator().next().keys().stream()
                .map(k -> k.payload()).toList();
        assertThat(dispenser.written()).extracting(b -> Base64.getEncoder().encodeToString(b))
                .containsExactlyElementsOf(signed);
        assertThat(flow.snapshot().cards()).containsExactly(CardStatus.DISPENSED, CardStatus.DISPENSED);

        flow.finish();
        assertThat(state()).isEqualTo(FlowState.ATTRACT);
        assertThat(document.isWiped()).isTrue();
        assertThat(wipes.get()).isEqualTo(1);
        assertThat(flow.snapshot().roomNumber()).isNull();
        assertThat(backend.count("abandon")).isZero();
    }

    @Test
    void inputsThatDoNotBelongToTheStateAreIgnored() {
        flow.chooseLanguage("en-US");
        flow.acceptConsent(false);
        flow.enterCode("DEMO1204");
        flow.chooseReservation(1L);
        flow.continueToKeys();
        flow.requestKeys(1);
        flow.finish();
        flow.startOver();
        assertThat(state()).isEqualTo(FlowState.ATTRACT);
        assertThat(backend.calls).isEmpty();
    }

    @Nested
    class Consent {
        @Test
        void declineWipesAndReturnsToAttract() {
            flow.start();
            flow.chooseLanguage("en-US");
            flow.declineConsent();
            assertThat(state()).isEqualTo(FlowState.ATTRACT);
            assertThat(backend.calls).isEmpty();
            assertThat(wipes.get()).isEqualTo(1);
        }

        @Test
        void backendUnreachableGivesTheErrorScreenAndStartOverResets() {
            backend.unreachable = true;
            flow.start();
            flow.chooseLanguage("en-US");
            flow.acceptConsent(false);
            assertThat(state()).isEqualTo(FlowState.ERROR);
            assertThat(flow.snapshot().problem()).isEqualTo(Problem.BACKEND_UNREACHABLE);
            assertThat(board.recentErrors()).extracting("device").contains("backend");
            flow.startOver();
            assertThat(state()).isEqualTo(FlowState.ATTRACT);
        }

        @Test
        void verifyWithStaffInsteadSkipsTheFaceStep() {
            flow.start();
            flow.chooseLanguage("en-US");
            flow.acceptConsent(true);
            reader.place(Documents.residentId());
            flow.tick();
            flow.chooseReservation(1L);
            assertThat(state()).isEqualTo(FlowState.WAITING_FOR_STAFF);
            assertThat(flow.snapshot().problem()).isEqualTo(Problem.IDENTITY_BY_STAFF);
            assertThat(backend.calls).contains("identity STAFF").doesNotContain("identity FACE");
            assertThat(face.attempts).isZero();
        }
    }

    @Nested
    class Document {
        @Test
        void noReservationTodayStaysOnTheDocumentScreenWithAHintAndWipesTheDocument() {
            toDocument();
            ScannedDocument stranger = Documents.unknownGuest();
            reader.place(stranger);
            flow.tick();
            assertThat(state()).isEqualTo(FlowState.DOCUMENT);
            assertThat(flow.snapshot().notice()).isEqualTo(Notice.NO_RESERVATION_FOUND);
            assertThat(stranger.isWiped()).isTrue();
        }

        @Test
        void refusedDocumentSaysSo() {
            toDocument();
            backend.documentStatus = 422;
            ScannedDocument document = Documents.residentId();
            reader.place(document);
            flow.tick();
            assertThat(state()).isEqualTo(FlowState.DOCUMENT);
            assertThat(flow.snapshot().notice()).isEqualTo(Notice.DOCUMENT_REFUSED);
            assertThat(document.isWiped()).isTrue();
        }

        @Test
        void unreadableCardAsksToPlaceItAgain() {
            toDocument();
            reader.placeUnreadable();
            flow.tick();
            assertThat(flow.snapshot().notice()).isEqualTo(Notice.PLACE_CARD_AGAIN);
        }

        @Test
        void unpluggedReaderOffersTheCodePathAlertsAndRecovers() {
            toDocument();
            reader.unplug(true);
            flow.tick();
            assertThat(state()).isEqualTo(FlowState.DOCUMENT);
            assertThat(flow.snapshot().notice()).isEqualTo(Notice.READER_FAULT);
            assertThat(board.health("document-reader")).isEqualTo(DeviceState.Health.FAULT);
            reader.unplug(false);
            flow.tick();
            assertThat(flow.snapshot().notice()).isNull();
            assertThat(board.health("document-reader")).isEqualTo(DeviceState.Health.OK);
        }

        @Test
        void backendUnreachableWhenTheDocumentArrivesWipesItAndShowsTheError() {
            toDocument();
            backend.unreachable = true;
            ScannedDocument document = Documents.residentId();
            reader.place(document);
            flow.tick();
            assertThat(state()).isEqualTo(FlowState.ERROR);
            assertThat(flow.snapshot().problem()).isEqualTo(Problem.BACKEND_UNREACHABLE);
            assertThat(document.isWiped()).isTrue();
        }

        @Test
        void typedCodeWithSeveralReservationsLetsTheGuestChooseThenAsksForTheDocument() {
            toDocument();
            flow.enterCode("nope");
            assertThat(flow.snapshot().notice()).isEqualTo(Notice.CODE_NOT_FOUND);
            flow.enterCode(" DEMO2 ");
            assertThat(state()).isEqualTo(FlowState.RESERVATION);
            assertThat(flow.snapshot().reservations()).hasSize(2);
            assertThat(flow.snapshot().notice()).isNull();
            flow.chooseReservation(99L);
            assertThat(state()).isEqualTo(FlowState.RESERVATION);
            flow.chooseReservation(3L);
            assertThat(backend.calls).contains("reservation 3");
            assertThat(state()).isEqualTo(FlowState.DOCUMENT);
            assertThat(flow.snapshot().notice()).isEqualTo(Notice.DOCUMENT_NEEDED);

            ScannedDocument stranger = Documents.residentId();
            reader.place(stranger);
            flow.tick();
            assertThat(state()).isEqualTo(FlowState.DOCUMENT);
            assertThat(flow.snapshot().notice()).isEqualTo(Notice.DOCUMENT_MISMATCH);
            assertThat(stranger.isWiped()).isTrue();

            reader.place(Documents.passportWithoutPortrait());
            flow.tick();
            assertThat(state()).isEqualTo(FlowState.WAITING_FOR_STAFF);
            assertThat(flow.snapshot().problem()).isEqualTo(Problem.NO_PORTRAIT);
            assertThat(backend.count("reservation")).isEqualTo(1);
        }

        @Test
        void codeFirstThenAnIdCardWithPortraitGoesToTheFaceStep() {
            backend.byCode.put("ZW1", backend.byDocument.get(Documents.ID_NUMBER));
            toDocument();
            flow.enterCode("ZW1");
            flow.chooseReservation(1L);
            assertThat(state()).isEqualTo(FlowState.DOCUMENT);
            reader.place(Documents.residentId());
            flow.tick();
            assertThat(state()).isEqualTo(FlowState.FACE);
        }

        @Test
        void qrCodeFromTheCameraLooksUpTheBooking() {
            toDocument();
            flow.scanQr(true);
            assertThat(flow.snapshot().qrScanning()).isTrue();
            flow.tick();
            assertThat(state()).isEqualTo(FlowState.DOCUMENT);
            qrCodes.add("DEMO1204");
            flow.tick();
            assertThat(backend.calls).contains("lookup");
            assertThat(state()).isEqualTo(FlowState.RESERVATION);
            assertThat(reader.polls()).isZero();
        }

        @Test
        void passportWithoutChipPortraitGoesToStaffForIdentity() {
            toDocument();
            reader.place(Documents.passportWithoutPortrait());
            flow.tick();
            flow.chooseReservation(2L);
            assertThat(state()).isEqualTo(FlowState.WAITING_FOR_STAFF);
            assertThat(flow.snapshot().problem()).isEqualTo(Problem.NO_PORTRAIT);
        }
    }

    @Nested
    class Face {
        @Test
        void threeFailedTriesGoToStaff() {
            toFace();
            face.outcomes.add(Outcome.NO_MATCH);
            face.outcomes.add(Outcome.NOT_LIVE);
            face.outcomes.add(Outcome.NO_MATCH);
            flow.startFaceTry();
            flow.tick();
            assertThat(state()).isEqualTo(FlowState.FACE);
            assertThat(flow.snapshot().notice()).isEqualTo(Notice.FACE_NO_MATCH);
            assertThat(flow.snapshot().faceTries()).isEqualTo(1);
            flow.startFaceTry();
            flow.tick();
            assertThat(flow.snapshot().notice()).isEqualTo(Notice.FACE_NOT_LIVE);
            flow.startFaceTry();
            flow.tick();
            assertThat(state()).isEqualTo(FlowState.WAITING_FOR_STAFF);
            assertThat(flow.snapshot().problem()).isEqualTo(Problem.FACE_TRIES_EXHAUSTED);
            assertThat(backend.calls).contains("escalate FACE_TRIES_EXHAUSTED");
            assertThat(face.attempts).isEqualTo(3);
        }

        @Test
        void noModelsRoutesIdentityToStaff() {
            face.available = false;
            toReservationWithId();
            flow.chooseReservation(1L);
            assertThat(state()).isEqualTo(FlowState.WAITING_FOR_STAFF);
            assertThat(flow.snapshot().problem()).isEqualTo(Problem.FACE_UNAVAILABLE);
            assertThat(backend.calls).contains("identity STAFF");
        }

        @Test
        void modelsFailingMidTryRouteToStaff() {
            toFace();
            face.outcomes.add(Outcome.UNAVAILABLE);
            flow.startFaceTry();
            flow.tick();
            assertThat(flow.snapshot().problem()).isEqualTo(Problem.FACE_UNAVAILABLE);
        }

        @Test
        void unusablePortraitGoesStraightToStaff() {
            toFace();
            face.outcomes.add(Outcome.PORTRAIT_UNUSABLE);
            flow.startFaceTry();
            flow.tick();
            assertThat(state()).isEqualTo(FlowState.WAITING_FOR_STAFF);
            assertThat(flow.snapshot().problem()).isEqualTo(Problem.PORTRAIT_UNUSABLE);
            assertThat(face.attempts).isEqualTo(1);
        }

        @Test
        void backendPolicySaysReviewAndEscalatesTheSession() {
            backend.identityDecision = "REVIEW";
            backend.identityState = "ESCALATED";
            toFace();
            flow.startFaceTry();
            flow.tick();
            assertThat(state()).isEqualTo(FlowState.WAITING_FOR_STAFF);
            assertThat(flow.snapshot().problem()).isEqualTo(Problem.FACE_REVIEW);
        }

        @Test
        void guestMayChooseStaffOnTheFaceScreen() {
            toFace();
            flow.verifyWithStaff();
            assertThat(state()).isEqualTo(FlowState.WAITING_FOR_STAFF);
            assertThat(flow.snapshot().problem()).isEqualTo(Problem.IDENTITY_BY_STAFF);
        }

        @Test
        void staffApprovalContinuesWithTheRoom() {
            toFace();
            flow.verifyWithStaff();
            clock.advance(Duration.ofSeconds(3));
            flow.tick();
            assertThat(state()).isEqualTo(FlowState.WAITING_FOR_STAFF);
            backend.staffDecides("IDENTITY_VERIFIED");
            clock.advance(Duration.ofSeconds(3));
            flow.tick();
            assertThat(state()).isEqualTo(FlowState.ROOM);
            assertThat(flow.snapshot().problem()).isNull();
        }
    }

    @Nested
    class Room {
        @Test
        void noRoomReadyGoesToStaff() {
            backend.roomConflict = true;
            toFace();
            flow.startFaceTry();
            flow.tick();
            assertThat(state()).isEqualTo(FlowState.WAITING_FOR_STAFF);
            assertThat(flow.snapshot().problem()).isEqualTo(Problem.NO_ROOM_READY);
            assertThat(backend.calls).contains("escalate NO_ROOM_READY");
        }
    }

    @Nested
    class Keys {
        @Test
        void keyCountIsLimited() {
            toKeys();
            assertThatThrownBy(() -> flow.requestKeys(0)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> flow.requestKeys(5)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void backendUnreachableAtTheKeysCallEncodesNothing() {
            toKeys();
            backend.unreachable = true;
            flow.requestKeys(1);
            flow.tick();
            assertThat(state()).isEqualTo(FlowState.ERROR);
            assertThat(flow.snapshot().problem()).isEqualTo(Problem.BACKEND_UNREACHABLE);
            assertThat(dispenser.written()).isEmpty();
        }

        @Test
        void aPayloadThatIsNotSignedBackendBytesIsNeverEncoded() {
            backend.badPayload = Base64.getEncoder().encodeToString(new byte[12]);
            toKeys();
            flow.requestKeys(1);
            flow.tick();
            assertThat(dispenser.written()).isEmpty();
            assertThat(backend.count("failed")).isEqualTo(1);
            assertThat(state()).isEqualTo(FlowState.WAITING_FOR_STAFF);
            assertThat(flow.snapshot().problem()).isEqualTo(Problem.KEY_PAYLOAD_INVALID);
        }

        @Test
        void oneFailedEncodeIsRetriedOnAFreshCard() {
            toKeys();
            dispenser.failNext(Fault.ENCODE_FAILED);
            flow.requestKeys(1);
            tickUntil(FlowState.DONE, 5);
            assertThat(dispenser.written()).hasSize(1);
            assertThat(board.recentErrors()).extracting("device").contains("key-dispenser");
        }

        @Test
        void jamMidwayAlertsStaffAndStaffResolutionFinishesWithTheSameKeys() {
            toKeys();
            dispenser.succeedNext();
            dispenser.failNext(Fault.JAM);
            flow.requestKeys(2);
            flow.tick();
            assertThat(dispenser.written()).hasSize(1);
            assertThat(state()).isEqualTo(FlowState.WAITING_FOR_STAFF);
            assertThat(flow.snapshot().problem()).isEqualTo(Problem.KEY_DEVICE_FAULT);
            assertThat(flow.snapshot().cards()).containsExactly(CardStatus.DISPENSED, CardStatus.FAILED);
            assertThat(board.health("key-dispenser")).isEqualTo(DeviceState.Health.FAULT);

            backend.staffDecides("KEYS_ISSUED");
            clock.advance(Duration.ofSeconds(3));
            flow.tick();
            assertThat(state()).isEqualTo(FlowState.KEYS);
            tickUntil(FlowState.DONE, 5);
            assertThat(backend.count("keys")).isEqualTo(1);
            assertThat(backend.keysByIdempotencyKey).hasSize(1);
            assertThat(dispenser.written()).hasSize(2);
        }

        @Test
        void emptyStackerSaysOutOfCards() {
            dispenser.stock(0);
            toKeys();
            flow.requestKeys(1);
            flow.tick();
            assertThat(state()).isEqualTo(FlowState.WAITING_FOR_STAFF);
            assertThat(flow.snapshot().problem()).isEqualTo(Problem.OUT_OF_CARDS);
        }

        @Test
        void allCardsAreIssuedInOneGoAndTheSessionCompletes() {
            toKeys();
            flow.requestKeys(3);
            flow.tick();
            assertThat(dispenser.written()).hasSize(3);
            assertThat(state()).isEqualTo(FlowState.DONE);
            assertThat(backend.count("dispensed")).isEqualTo(3);
        }

        @Test
        void noIdleCountdownWhileCardsAreBeingIssued() {
            toKeys();
            flow.requestKeys(1);
            clock.advance(Duration.ofSeconds(200));
            flow.tick();
            assertThat(state()).isIn(FlowState.KEYS, FlowState.DONE);
            tickUntil(FlowState.DONE, 3);
        }
    }

    @Nested
    class Timeouts {
        @Test
        void idleSixtySecondsThenTenSecondCountdownThenWipe() {
            ScannedDocument document = toReservationWithId();
            clock.advance(Duration.ofSeconds(59));
            flow.tick();
            assertThat(flow.snapshot().counting()).isFalse();
            clock.advance(Duration.ofSeconds(1));
            flow.tick();
            assertThat(flow.snapshot().countdownSeconds()).isEqualTo(10);
            clock.advance(Duration.ofSeconds(9));
            flow.tick();
            assertThat(flow.snapshot().countdownSeconds()).isEqualTo(1);
            assertThat(state()).isEqualTo(FlowState.RESERVATION);
            clock.advance(Duration.ofSeconds(1));
            flow.tick();
            assertThat(state()).isEqualTo(FlowState.ATTRACT);
            assertThat(document.isWiped()).isTrue();
            assertThat(backend.calls).contains("abandon");
            assertThat(flow.snapshot().reservations()).isEmpty();
        }

        @Test
        void aTouchDuringTheCountdownKeepsTheSession() {
            toDocument();
            clock.advance(Duration.ofSeconds(65));
            flow.tick();
            assertThat(flow.snapshot().counting()).isTrue();
            flow.stillHere();
            assertThat(flow.snapshot().counting()).isFalse();
            clock.advance(Duration.ofSeconds(30));
            flow.tick();
            assertThat(state()).isEqualTo(FlowState.DOCUMENT);
        }

        @Test
        void accessibilityModeGivesGenerousTimeouts() {
            flow.start();
            flow.accessible(true);
            assertThat(flow.snapshot().accessible()).isTrue();
            clock.advance(Duration.ofSeconds(120));
            flow.tick();
            assertThat(flow.snapshot().counting()).isFalse();
            clock.advance(Duration.ofSeconds(60));
            flow.tick();
            assertThat(flow.snapshot().countdownSeconds()).isEqualTo(30);
            clock.advance(Duration.ofSeconds(29));
            flow.tick();
            assertThat(state()).isEqualTo(FlowState.LANGUAGE);
            clock.advance(Duration.ofSeconds(1));
            flow.tick();
            assertThat(state()).isEqualTo(FlowState.ATTRACT);
            assertThat(flow.snapshot().accessible()).isFalse();
        }

        @Test
        void idleBeforeAnyBackendSessionAbandonsNothing() {
            flow.start();
            clock.advance(Duration.ofSeconds(70));
            flow.tick();
            assertThat(state()).isEqualTo(FlowState.ATTRACT);
            assertThat(backend.calls).isEmpty();
        }

        @Test
        void errorScreenAlsoTimesOutToAttract() {
            backend.unreachable = true;
            flow.start();
            flow.chooseLanguage("en-US");
            flow.acceptConsent(false);
            clock.advance(Duration.ofSeconds(70));
            flow.tick();
            assertThat(state()).isEqualTo(FlowState.ATTRACT);
        }

        @Test
        void doneScreenReturnsToAttractByItself() {
            toKeys();
            flow.requestKeys(1);
            tickUntil(FlowState.DONE, 5);
            clock.advance(Duration.ofSeconds(19));
            flow.tick();
            assertThat(state()).isEqualTo(FlowState.DONE);
            clock.advance(Duration.ofSeconds(1));
            flow.tick();
            assertThat(state()).isEqualTo(FlowState.ATTRACT);
            assertThat(backend.count("abandon")).isZero();
        }

        @Test
        void attractScreenNeverTimesOut() {
            clock.advance(Duration.ofHours(5));
            flow.tick();
            assertThat(state()).isEqualTo(FlowState.ATTRACT);
            assertThat(wipes.get()).isZero();
        }

        @Test
        void nobodyAnsweringTheStaffCallEndsTheSessionAfterTheLimit() {
            toDocument();
            flow.callStaff();
            clock.advance(Duration.ofMinutes(14));
            flow.tick();
            assertThat(state()).isEqualTo(FlowState.WAITING_FOR_STAFF);
            clock.advance(Duration.ofMinutes(1));
            flow.tick();
            assertThat(state()).isEqualTo(FlowState.ATTRACT);
            assertThat(backend.calls).contains("abandon");
        }
    }

    @Nested
    class Staff {
        @Test
        void callBeforeABackendSessionIsLocalAndCanBeCancelled() {
            flow.start();
            flow.callStaff();
            assertThat(state()).isEqualTo(FlowState.WAITING_FOR_STAFF);
            assertThat(flow.snapshot().localStaffCall()).isTrue();
            assertThat(board.recentErrors()).extracting("message").anyMatch(m -> m.toString().contains("staff called"));
            clock.advance(Duration.ofSeconds(10));
            flow.tick();
            assertThat(backend.calls).isEmpty();
            flow.cancelStaffCall();
            assertThat(state()).isEqualTo(FlowState.LANGUAGE);
        }

        @Test
        void callFromTheAttractScreenCancelsBackToAttract() {
            flow.callStaff();
            assertThat(state()).isEqualTo(FlowState.WAITING_FOR_STAFF);
            flow.cancelStaffCall();
            assertThat(state()).isEqualTo(FlowState.ATTRACT);
        }

        @Test
        void callMidFlowEscalatesAndADenialEndsPolitely() {
            toDocument();
            flow.callStaff();
            assertThat(backend.calls).contains("escalate STAFF_CALLED");
            flow.cancelStaffCall();
            assertThat(state()).isEqualTo(FlowState.WAITING_FOR_STAFF);
            backend.staffDecides("ABANDONED");
            clock.advance(Duration.ofSeconds(3));
            flow.tick();
            assertThat(state()).isEqualTo(FlowState.ERROR);
            assertThat(flow.snapshot().problem()).isEqualTo(Problem.SESSION_CLOSED);
        }

        @Test
        void staffSendTheGuestBackToTheDocumentStep() {
            toDocument();
            flow.callStaff();
            backend.staffDecides("STARTED");
            clock.advance(Duration.ofSeconds(3));
            flow.tick();
            assertThat(state()).isEqualTo(FlowState.DOCUMENT);
        }

        @Test
        void staffCompletedTheCheckinAtTheDesk() {
            toDocument();
            flow.callStaff();
            backend.staffDecides("COMPLETED");
            clock.advance(Duration.ofSeconds(3));
            flow.tick();
            assertThat(state()).isEqualTo(FlowState.DONE);
        }

        @Test
        void pollsOnlyEveryStaffPollInterval() {
            toDocument();
            flow.callStaff();
            flow.tick();
            flow.tick();
            assertThat(backend.count("status")).isZero();
            clock.advance(Duration.ofSeconds(3));
            flow.tick();
            assertThat(backend.count("status")).isEqualTo(1);
        }

        @Test
        void backendDownDuringTheCallTellsTheGuestAndRetriesTheEscalation() {
            toDocument();
            backend.unreachable = true;
            flow.callStaff();
            assertThat(state()).isEqualTo(FlowState.WAITING_FOR_STAFF);
            assertThat(flow.snapshot().notice()).isEqualTo(Notice.BACKEND_UNREACHABLE);
            backend.unreachable = false;
            clock.advance(Duration.ofSeconds(3));
            flow.tick();
            assertThat(backend.count("escalate")).isEqualTo(2);
            assertThat(flow.snapshot().notice()).isNull();
        }
    }

    @Nested
    class OutOfService {
        @Test
        void technicianTakesTheKioskOutOfServiceMidSessionAndBack() {
            ScannedDocument document = toReservationWithId();
            flow.outOfService(true);
            assertThat(state()).isEqualTo(FlowState.OUT_OF_SERVICE);
            assertThat(document.isWiped()).isTrue();
            assertThat(backend.calls).contains("abandon");
            flow.start();
            flow.callStaff();
            clock.advance(Duration.ofHours(1));
            flow.tick();
            assertThat(state()).isEqualTo(FlowState.OUT_OF_SERVICE);
            flow.outOfService(false);
            assertThat(state()).isEqualTo(FlowState.ATTRACT);
        }
    }
}
