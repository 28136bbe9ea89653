package org.opencheckin.backend.model;

/** Housekeeping status of a room. */
public enum RoomStatus {
    VACANT_CLEAN,
    VACANT_DIRTY,
    OCCUPIED,
    OUT_OF_ORDER
}
