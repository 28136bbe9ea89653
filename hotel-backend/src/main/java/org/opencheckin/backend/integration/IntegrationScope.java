package org.opencheckin.backend.integration;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import org.opencheckin.backend.auth.IntegratorPrincipal;
import org.opencheckin.backend.error.ApiProblem;
import org.opencheckin.backend.model.Hotel;
import org.opencheckin.backend.model.IntegrationClient;
import org.opencheckin.backend.repository.HotelRepository;
import org.opencheckin.backend.repository.IntegrationClientRepository;

/**
 * The hotels a client may act for, read from {@code integration_client_hotel} on every request:
 * an unknown hotel code is 404, a hotel not granted to the client 403, a client disabled since
 * its token was issued 401.
 */
@Singleton
public class IntegrationScope {
    private final HotelRepository hotels;
    private final IntegrationClientRepository clients;
    private final IntegrationQueries queries;

    public IntegrationScope(HotelRepository hotels, IntegrationClientRepository clients, IntegrationQueries queries) {
        this.hotels = hotels;
        this.clients = clients;
        this.queries = queries;
    }

    public IntegrationClient client(IntegratorPrincipal principal) {
        return clients.findById(principal.clientPk()).filter(c -> Boolean.TRUE.equals(c.getEnabled()))
                .orElseThrow(() -> new ApiProblem(HttpStatus.UNAUTHORIZED, "client-disabled", "This client is disabled"));
    }

    public Hotel hotel(IntegratorPrincipal principal, String hotelCode) {
        client(principal);
        Hotel hotel = hotelCode.length() > 32 ? null : hotels.findByCode(hotelCode).orElse(null);
        if (hotel == null) {
            throw ApiProblem.notFound("hotel-not-found", "No hotel with this code");
        }
        if (queries.countGrant(principal.clientPk(), hotel.getId()) == 0) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "hotel-not-granted", "This client may not act for hotel " + hotel.getCode());
        }
        return hotel;
    }
}
