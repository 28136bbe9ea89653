package org.opencheckin.backend.model;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * States of a kiosk check-in session (issue 2, section 4). The allowed transitions are the
 * whole state machine: {@link #canMoveTo(CheckinState)} is the only place that decides them.
 *
 * <pre>
 * STARTED -> DOCUMENT_VERIFIED -> IDENTITY_VERIFIED -> ROOM_ASSIGNED -> KEYS_ISSUED -> COMPLETED
 * any open state -> ESCALATED (staff), ABANDONED (guest left), EXPIRED (idle too long)
 * KEYS_ISSUED -> FAILED (no key could be dispensed); ESCALATED -> IDENTITY_VERIFIED | FAILED (staff)
 * </pre>
 */
public enum CheckinState {
    STARTED,
    DOCUMENT_VERIFIED,
    IDENTITY_VERIFIED,
    ROOM_ASSIGNED,
    KEYS_ISSUED,
    COMPLETED,
    ESCALATED,
    ABANDONED,
    EXPIRED,
    FAILED;

    private static final Map<CheckinState, Set<CheckinState>> NEXT = Map.of(
            STARTED, EnumSet.of(DOCUMENT_VERIFIED, ESCALATED, ABANDONED, EXPIRED),
            DOCUMENT_VERIFIED, EnumSet.of(IDENTITY_VERIFIED, ESCALATED, ABANDONED, EXPIRED),
            IDENTITY_VERIFIED, EnumSet.of(ROOM_ASSIGNED, ESCALATED, ABANDONED, EXPIRED),
            ROOM_ASSIGNED, EnumSet.of(KEYS_ISSUED, ESCALATED, ABANDONED, EXPIRED),
            KEYS_ISSUED, EnumSet.of(COMPLETED, FAILED, ESCALATED, ABANDONED, EXPIRED),
            ESCALATED, EnumSet.of(IDENTITY_VERIFIED, FAILED, ABANDONED),
            COMPLETED, EnumSet.noneOf(CheckinState.class),
            ABANDONED, EnumSet.noneOf(CheckinState.class),
            EXPIRED, EnumSet.noneOf(CheckinState.class),
            FAILED, EnumSet.noneOf(CheckinState.class));

    /** Open states an idle session expires from (an escalated session waits for staff instead). */
    public static final Set<CheckinState> EXPIRABLE =
            EnumSet.of(STARTED, DOCUMENT_VERIFIED, IDENTITY_VERIFIED, ROOM_ASSIGNED, KEYS_ISSUED);

    public boolean canMoveTo(CheckinState next) {
        return NEXT.get(this).contains(next);
    }

    public boolean isTerminal() {
        return NEXT.get(this).isEmpty();
    }
}
