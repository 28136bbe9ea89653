package org.opencheckin.backend.model;

/** Roles of staff users, from least to most privileged. */
public enum StaffRole {
    FRONT_DESK,
    MANAGER,
    ADMIN
}
