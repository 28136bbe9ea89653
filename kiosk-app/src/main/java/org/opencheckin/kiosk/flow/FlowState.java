package org.opencheckin.kiosk.flow;

import java.util.List;

/**
 * The screens of the kiosk, one per state. {@link #step()} is the state's place in the progress bar
 * (1..8), or 0 for states outside the guest's path.
 */
public enum FlowState {
    ATTRACT(0),
    LANGUAGE(1),
    CONSENT(2),
    DOCUMENT(3),
    RESERVATION(4),
    FACE(5),
    ROOM(6),
    KEYS(7),
    DONE(8),
    /** A member of staff was asked to come (by the guest or by the flow); the kiosk waits for the decision. */
    WAITING_FOR_STAFF(0),
    /** Something failed that the guest cannot fix here; the screen says what to do next. */
    ERROR(0),
    /** Taken out of service by a technician; a friendly screen for guests. */
    OUT_OF_SERVICE(0);

    /** The states shown in the progress bar, in order. */
    public static final List<FlowState> STEPS = List.of(LANGUAGE, CONSENT, DOCUMENT, RESERVATION, FACE, ROOM, KEYS,
            DONE);

    private final int step;

    FlowState(int step) {
        this.step = step;
    }

    public int step() {
        return step;
    }

    /** States in which the idle timeout and its countdown apply. */
    public boolean idleTimed() {
        return switch (this) {
            case LANGUAGE, CONSENT, DOCUMENT, RESERVATION, FACE, ROOM, KEYS, ERROR -> true;
            default -> false;
        };
    }
}
