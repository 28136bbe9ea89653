package org.opencheckin.admin;

import io.micronaut.runtime.Micronaut;

/** The front-desk web UI (port 8081): every page is a call to the hotel backend's staff API. */
public final class AdminWebApplication {
    private AdminWebApplication() {
    }

    public static void main(String[] args) {
        Micronaut.run(AdminWebApplication.class, args);
    }
}
