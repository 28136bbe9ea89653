package org.opencheckin.kiosk.fakes;

import org.opencheckin.kiosk.vision.Camera;
import org.opencheckin.kiosk.vision.CameraSource;
import org.opencheckin.kiosk.vision.Frame;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** A drawn head-and-shoulders picture that moves a little each frame, JPEG-encoded like a real camera's. */
public class FakeCamera implements Camera {

    public final AtomicInteger grabs = new AtomicInteger();
    private volatile boolean open;

    @Override
    public void open() {
        open = true;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public Optional<Frame> grab() {
        int n = grabs.incrementAndGet();
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x8d, 0xa3, 0xb8));
        g.fillRect(0, 0, 640, 480);
        int dx = (int) (Math.sin(n / 5.0) * 12);
        g.setColor(new Color(0x2f, 0x3e, 0x4e));
        g.fillRoundRect(190 + dx, 330, 260, 200, 120, 120);
        g.setColor(new Color(0xe8, 0xbe, 0x9a));
        g.fillOval(245 + dx, 110, 150, 195);
        g.setColor(new Color(0x2b, 0x22, 0x1c));
        g.fillArc(240 + dx, 95, 160, 110, 0, 180);
        g.fillOval(285 + dx, 190, 16, 10);
        g.fillOval(340 + dx, 190, 16, 10);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(Frame.of(out.toByteArray()));
    }

    @Override
    public CameraSource source() {
        return new CameraSource(-1, "fake camera (test)", 640, 480);
    }

    @Override
    public void close() {
        open = false;
    }
}
