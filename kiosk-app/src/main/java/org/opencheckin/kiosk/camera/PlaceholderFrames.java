package org.opencheckin.kiosk.camera;

import org.opencheckin.kiosk.vision.Camera;
import org.opencheckin.kiosk.vision.CameraSource;
import org.opencheckin.kiosk.vision.Frame;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Stand-in camera when no real one is configured: a grey frame with the framing oval, so the preview
 * and the layout still work (the face step is then routed to staff because nothing can be verified).
 */
class PlaceholderFrames implements Camera {

    private byte[] jpeg;

    @Override
    public void open() {
    }

    @Override
    public boolean isOpen() {
        return true;
    }

    @Override
    public Optional<Frame> grab() {
        if (jpeg == null) {
            jpeg = render();
        }
        return Optional.of(Frame.of(jpeg));
    }

    @Override
    public CameraSource source() {
        return new CameraSource(-1, "placeholder (no camera configured)", 640, 480);
    }

    @Override
    public void close() {
    }

    static byte[] render() {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x33, 0x3a, 0x44));
        g.fillRect(0, 0, 640, 480);
        g.setColor(new Color(0x9a, 0xa5, 0xb1));
        g.setStroke(new BasicStroke(6));
        g.drawOval(220, 90, 200, 260);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
