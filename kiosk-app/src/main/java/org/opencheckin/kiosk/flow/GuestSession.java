package org.opencheckin.kiosk.flow;

import org.opencheckin.kiosk.backend.KioskBackend.DocumentPayload;
import org.opencheckin.kiosk.backend.KioskBackend.IssuedKey;
import org.opencheckin.kiosk.backend.KioskBackend.Reservation;
import org.opencheckin.kiosk.device.ScannedDocument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the kiosk knows about the guest in front of it, for one session only. Only {@link CheckinFlow}
 * touches it (under its lock). {@link #wipe()} overwrites the document and drops the rest.
 */
final class GuestSession {

    final long number;
    String language;
    boolean accessible;
    boolean faceByStaff;
    String checkinId;
    ScannedDocument document;
    List<Reservation> reservations = List.of();
    Reservation reservation;
    boolean qrScanning;
    boolean faceRequested;
    int faceTries;
    String roomNumber;
    Integer floor;
    int keyCount;
    String idempotencyKey;
    List<IssuedKey> keys = new ArrayList<>();
    List<CardStatus> cards = new ArrayList<>();
    Notice notice;
    Problem problem;
    boolean escalated;
    boolean localCall;
    FlowState returnTo;

    GuestSession(long number) {
        this.number = number;
    }

    void replaceDocument(ScannedDocument next) {
        wipeDocument();
        document = next;
    }

    void wipeDocument() {
        if (document != null) {
            document.wipe();
            document = null;
        }
    }

    void wipe() {
        wipeDocument();
        reservations = List.of();
        reservation = null;
        keys = new ArrayList<>();
        cards = new ArrayList<>();
        roomNumber = null;
        floor = null;
        checkinId = null;
        idempotencyKey = null;
    }

    static DocumentPayload payload(ScannedDocument document) {
        return new DocumentPayload(document.type().name(), document.documentNumber(), document.fullName(),
                iso(document.birthDate()), document.nationality(), iso(document.expiryDate()));
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
