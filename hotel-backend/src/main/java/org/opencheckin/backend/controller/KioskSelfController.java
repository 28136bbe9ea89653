package org.opencheckin.backend.controller;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Put;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.opencheckin.backend.dto.KioskDtos.HeartbeatResponse;
import org.opencheckin.backend.error.ApiProblem;
import org.opencheckin.backend.repository.KioskRepository;
import org.opencheckin.backend.security.KioskPrincipal;

/**
 * The kiosk's own record: {@code PUT /api/v1/kiosks/self/status} is the heartbeat. Its body is
 * a JSON object of the kiosk's choosing (device states, card stock, last errors), stored as
 * given up to 4000 characters for the front desk to show.
 */
@Controller("/api/v1/kiosks/self")
@Secured(KioskPrincipal.ROLE)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Kiosk check-in")
public class KioskSelfController {
    static final int MAX_STATUS_CHARS = 4000;

    private final KioskRepository kiosks;
    private final JsonMapper json;

    public KioskSelfController(KioskRepository kiosks, JsonMapper json) {
        this.kiosks = kiosks;
        this.json = json;
    }

    @Put("/status")
    @Operation(summary = "Heartbeat with device states, e.g. {\"devices\":{\"idReader\":\"OK\"},\"cardStock\":\"LOW\"}")
    public HeartbeatResponse status(Authentication auth, @Body JsonNode body) throws IOException {
        KioskPrincipal kiosk = KioskPrincipal.of(auth);
        if (body == null || !body.isObject()) {
            throw ApiProblem.badRequest("validation-failed", "body", "must be a JSON object");
        }
        String text = json.writeValueAsString(body);
        if (text.length() > MAX_STATUS_CHARS) {
            throw ApiProblem.badRequest("validation-failed", "body", "must be at most " + MAX_STATUS_CHARS + " characters");
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        kiosks.heartbeat(kiosk.kioskId(), now, text);
        return new HeartbeatResponse(kiosk.kioskCode(), now);
    }
}
