package org.opencheckin.kiosk.ui;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.context.annotation.Value;
import org.opencheckin.kiosk.camera.CameraFeed;
import org.opencheckin.kiosk.vision.Frame;
import reactor.core.publisher.Flux;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * The live preview as MJPEG ({@code multipart/x-mixed-replace}) from the app's own capture: the browser
 * never touches the camera. Each part is the latest frame of {@link CameraFeed}; the stream ends after
 * {@code kiosk.camera.preview-max} so a forgotten tab cannot keep the camera on forever.
 */
@Controller("/camera")
public class CameraController {

    static final String BOUNDARY = "kioskframe";

    private final CameraFeed feed;
    private final Duration interval;
    private final Duration maxDuration;

    public CameraController(CameraFeed feed, @Value("${kiosk.camera.fps:10}") int fps,
                            @Value("${kiosk.camera.preview-max:5m}") Duration maxDuration) {
        this.feed = feed;
        this.interval = Duration.ofMillis(1000 / Math.max(1, fps));
        this.maxDuration = maxDuration;
    }

    @Get("/preview.mjpg")
    @Produces("multipart/x-mixed-replace;boundary=" + BOUNDARY)
    public Flux<byte[]> preview() {
        return Flux.interval(Duration.ZERO, interval)
                .take(maxDuration)
                .map(tick -> feed.latest())
                .filter(Optional::isPresent)
                .map(frame -> part(frame.get()));
    }

    static byte[] part(Frame frame) {
        byte[] image = frame.image();
        byte[] header = ("--" + BOUNDARY + "\r\nContent-Type: image/jpeg\r\nContent-Length: " + image.length
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] part = new byte[header.length + image.length + 2];
        System.arraycopy(header, 0, part, 0, header.length);
        System.arraycopy(image, 0, part, header.length, image.length);
        part[part.length - 2] = '\r';
        part[part.length - 1] = '\n';
        return part;
    }
}
