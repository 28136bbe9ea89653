package org.opencheckin.kiosk.camera;

import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.opencheckin.kiosk.flow.SessionEndListener;
import org.opencheckin.kiosk.vision.Camera;
import org.opencheckin.kiosk.vision.CameraException;
import org.opencheckin.kiosk.vision.Frame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The app's own capture loop: the one thread that owns the {@link Camera}. It runs only while someone needs
 * frames (the MJPEG preview, the face step, the QR scan) and stops a few seconds after the last demand,
 * so an idle kiosk does not keep the camera busy.
 *
 * <p>Keeps the latest frame and the frames of the last {@code kiosk.camera.buffer} for the liveness check.
 * Frames are guest images: memory only, dropped by {@link #wipe()} at the end of every session.
 * Without a camera bean (vision not configured) it serves {@link PlaceholderFrames}.
 */
@Singleton
public class CameraFeed implements SessionEndListener {

    private static final Logger LOG = LoggerFactory.getLogger(CameraFeed.class);

    private final Camera camera;
    private final Clock clock;
    private final Duration frameInterval;
    private final Duration buffer;
    private final Duration linger;
    private final Deque<Frame> recent = new ArrayDeque<>();
    private volatile Frame latest;
    private volatile Instant lastDemand = Instant.EPOCH;
    private volatile String fault;
    private Thread thread;

    public CameraFeed(Optional<Camera> camera, Clock clock,
                      @Value("${kiosk.camera.fps:10}") int fps,
                      @Value("${kiosk.camera.buffer:8s}") Duration buffer,
                      @Value("${kiosk.camera.linger:5s}") Duration linger) {
        this.camera = camera.orElseGet(PlaceholderFrames::new);
        this.clock = clock;
        this.frameInterval = Duration.ofMillis(1000 / Math.max(1, fps));
        this.buffer = buffer;
        this.linger = linger;
    }

    /** Latest frame, starting the capture if it is not running. Empty until the first frame arrives. */
    public Optional<Frame> latest() {
        demand();
        return Optional.ofNullable(latest);
    }

    /** Frames captured at or after {@code since}, oldest first. */
    public List<Frame> framesSince(Instant since) {
        demand();
        synchronized (recent) {
            List<Frame> frames = new ArrayList<>();
            for (Frame frame : recent) {
                if (!frame.capturedAt().isBefore(since)) {
                    frames.add(frame);
                }
            }
            return frames;
        }
    }

    /** The camera's fault, or null when it delivers. */
    public String fault() {
        return fault;
    }

    public String sourceName() {
        return camera.source().toString();
    }

    /** Forgets every captured frame (end of a guest session). */
    @Override
    public void sessionEnded() {
        wipe();
    }

    public void wipe() {
        synchronized (recent) {
            recent.clear();
        }
        latest = null;
    }

    /** Marks that frames are wanted now; starts the capture thread when needed. */
    public synchronized void demand() {
        lastDemand = clock.instant();
        if (thread == null || !thread.isAlive()) {
            thread = new Thread(this::captureLoop, "kiosk-camera");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private void captureLoop() {
        try {
            while (!Thread.currentThread().isInterrupted()
                    && Duration.between(lastDemand, clock.instant()).compareTo(linger) < 0) {
                grabOne();
                Thread.sleep(frameInterval.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            camera.close();
        }
    }

    private void grabOne() {
        try {
            camera.open();
            Optional<Frame> frame = camera.grab();
            if (frame.isPresent()) {
                latest = frame.get();
                synchronized (recent) {
                    recent.addLast(frame.get());
                    Instant horizon = frame.get().capturedAt().minus(buffer);
                    while (!recent.isEmpty() && recent.peekFirst().capturedAt().isBefore(horizon)) {
                        recent.removeFirst();
                    }
                }
            }
            if (fault != null) {
                LOG.info("camera {} delivers again", camera.source());
            }
            fault = null;
        } catch (CameraException e) {
            if (fault == null) {
                LOG.warn("camera fault: {}", e.getMessage());
            }
            fault = e.getMessage();
            camera.close();
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (thread != null) {
            thread.interrupt();
        }
    }
}
