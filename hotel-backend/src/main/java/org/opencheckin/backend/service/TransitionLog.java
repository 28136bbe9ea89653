package org.opencheckin.backend.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.opencheckin.backend.model.CheckinSession;
import org.opencheckin.backend.model.CheckinState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One structured log line and one counter increment per check-in state transition. The line
 * carries ids of the session, hotel and kiosk only: never guest names or document numbers.
 */
@Singleton
public class TransitionLog {
    private static final Logger LOG = LoggerFactory.getLogger("opencheckin.transitions");
    private final MeterRegistry meters;
    /** One counter per target state, registered on first use (looking it up costs a Tags and an Id per call). */
    private final Map<CheckinState, Counter> counters = new ConcurrentHashMap<>();

    public TransitionLog(MeterRegistry meters) {
        this.meters = meters;
    }

    public void transition(CheckinSession s, String from, CheckinState to, Instant at) {
        long sinceStart = Duration.between(s.getStartedAt(), at).toMillis();
        LOG.info("event=checkin.transition checkin={} hotel={} kiosk={} from={} to={} sinceStartMs={}",
                s.getId(), s.getHotelId(), s.getKioskId(), from, to, sinceStart);
        counters.computeIfAbsent(to, t -> meters.counter("opencheckin.checkin.transitions", "to", t.name())).increment();
    }
}
