package org.opencheckin.backend.security;

import io.micronaut.security.authentication.Authentication;
import org.opencheckin.backend.error.ApiProblem;
import io.micronaut.http.HttpStatus;

/** The kiosk behind a request authenticated by {@link KioskTokenValidator}: it sees only its hotel. */
public record KioskPrincipal(long kioskId, String kioskCode, long hotelId) {
    public static final String ROLE = "KIOSK";
    static final String ATTR_KIOSK_ID = "kioskId";
    static final String ATTR_KIOSK_CODE = "kioskCode";
    static final String ATTR_HOTEL_ID = "hotelId";

    public static KioskPrincipal of(Authentication auth) {
        Object kioskId = auth.getAttributes().get(ATTR_KIOSK_ID);
        Object hotelId = auth.getAttributes().get(ATTR_HOTEL_ID);
        if (!auth.getRoles().contains(ROLE) || !(kioskId instanceof Number) || !(hotelId instanceof Number)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "kiosk-token-required", "This endpoint is for kiosks");
        }
        return new KioskPrincipal(((Number) kioskId).longValue(), String.valueOf(auth.getAttributes().get(ATTR_KIOSK_CODE)),
                ((Number) hotelId).longValue());
    }
}
