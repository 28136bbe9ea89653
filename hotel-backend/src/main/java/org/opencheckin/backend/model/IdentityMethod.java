package org.opencheckin.backend.model;

/** How the guest proved to be the document holder. */
public enum IdentityMethod {
    FACE,
    STAFF
}
