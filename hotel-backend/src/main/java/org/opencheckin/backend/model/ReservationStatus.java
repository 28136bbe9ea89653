package org.opencheckin.backend.model;

/** Life cycle of a reservation. */
public enum ReservationStatus {
    BOOKED,
    CHECKED_IN,
    CHECKED_OUT,
    CANCELLED,
    NO_SHOW
}
