package org.opencheckin.kiosk.flow;

import org.opencheckin.kiosk.backend.KioskBackend.Reservation;
import org.opencheckin.kiosk.vision.Guidance;

import java.util.List;

/**
 * An immutable picture of the flow for the screens, the heartbeat and tests. Holds no personal data:
 * no name, no document number, no image.
 *
 * @param version          changes whenever the screen must be redrawn (state, notice, card progress)
 * @param countdownSeconds seconds left before the session is wiped, or -1 when no countdown runs
 * @param guidance         live prompt during a face try, or null
 */
public record FlowSnapshot(FlowState state, long version, String language, boolean accessible,
                           Problem problem, Notice notice, boolean staffCalled, boolean localStaffCall,
                           List<Reservation> reservations, String roomNumber, Integer floor,
                           int faceTries, int maxFaceTries, boolean faceChecking, Guidance guidance,
                           boolean qrScanning, int suggestedKeys, int maxKeys, List<CardStatus> cards,
                           long countdownSeconds) {

    public boolean counting() {
        return countdownSeconds >= 0;
    }
}
