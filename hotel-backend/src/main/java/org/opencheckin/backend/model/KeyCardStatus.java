package org.opencheckin.backend.model;

/** Life cycle of one key card. */
public enum KeyCardStatus {
    ISSUED,
    DISPENSED,
    FAILED,
    REVOKED
}
