package org.opencheckin.kiosk.heartbeat;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.opencheckin.kiosk.backend.BackendRejectedException;
import org.opencheckin.kiosk.backend.BackendUnavailableException;
import org.opencheckin.kiosk.backend.KioskBackend;
import org.opencheckin.kiosk.backend.KioskBackend.DeviceStatus;
import org.opencheckin.kiosk.backend.KioskBackend.KioskStatus;
import org.opencheckin.kiosk.device.DeviceState;
import org.opencheckin.kiosk.device.DeviceStatusBoard;
import org.opencheckin.kiosk.flow.CheckinFlow;
import org.opencheckin.kiosk.flow.FlowSnapshot;
import org.opencheckin.kiosk.identity.FaceCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every {@code kiosk.heartbeat.interval} the kiosk tells the backend ({@code PUT /api/v1/kiosks/self/status})
 * what the front desk should know: the screen it shows, whether a guest called staff, each device's health,
 * card stock and the last few errors. Never guest data. The backend keeps at most 4,000 characters, so the
 * error list is short and each text is cut.
 */
@Singleton
@Requires(property = "kiosk.heartbeat.enabled", notEquals = "false")
public class Heartbeat {

    private static final Logger LOG = LoggerFactory.getLogger(Heartbeat.class);
    static final int ERRORS = 5;
    static final int TEXT = 160;

    private final KioskBackend backend;
    private final CheckinFlow flow;
    private final DeviceStatusBoard board;
    private final FaceCheck face;
    private volatile boolean lastFailed;

    public Heartbeat(KioskBackend backend, CheckinFlow flow, DeviceStatusBoard board, FaceCheck face) {
        this.backend = backend;
        this.flow = flow;
        this.board = board;
        this.face = face;
    }

    @Scheduled(fixedDelay = "${kiosk.heartbeat.interval:5s}", initialDelay = "2s")
    void beat() {
        try {
            backend.heartbeat(status());
            if (lastFailed) {
                LOG.info("heartbeat: backend reachable again");
            }
            lastFailed = false;
        } catch (BackendUnavailableException | BackendRejectedException e) {
            if (!lastFailed) {
                LOG.warn("heartbeat not delivered: {}", e.getMessage());
            }
            lastFailed = true;
        }
    }

    /** The heartbeat body as it would be sent now. */
    public KioskStatus status() {
        FlowSnapshot snapshot = flow.snapshot();
        Map<String, DeviceStatus> devices = new LinkedHashMap<>();
        for (DeviceState state : board.states()) {
            devices.put(state.device(), new DeviceStatus(state.health().name(), cut(state.detail())));
        }
        devices.put("face-verification", new DeviceStatus(face.available() ? "OK" : "UNAVAILABLE",
                cut(face.unavailableReason())));
        List<String> errors = board.recentErrors().stream().limit(ERRORS)
                .map(e -> cut(e.at() + " " + e.device() + ": " + e.message())).toList();
        var level = board.stackerLevel();
        return new KioskStatus(snapshot.state().name(), snapshot.state().name().equals("OUT_OF_SERVICE"),
                snapshot.staffCalled(), devices, board.cardStock(), level == null ? null : level.name(), errors,
                face.available() ? "ready" : "staff");
    }

    private static String cut(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= TEXT ? text : text.substring(0, TEXT) + "...";
    }
}
