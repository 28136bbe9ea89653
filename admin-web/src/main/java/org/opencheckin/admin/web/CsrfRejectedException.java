package org.opencheckin.admin.web;

/** A form came without this session's CSRF token: nothing was sent to the backend. */
class CsrfRejectedException extends RuntimeException {
    CsrfRejectedException() {
        super("form without the session's CSRF token", null, false, false);
    }
}
