package org.opencheckin.devices.idcard.portrait;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

/**
 * Decodes BMP, JPEG and PNG photos (recognised by their magic bytes) with the JDK's ImageIO;
 * anything else is treated as WLT and handed to {@code wltDecoder} (by default passed through).
 * The image size in the header is checked before pixels are allocated, so a damaged header cannot
 * make it allocate more than {@link #MAX_PIXELS} pixels.
 */
public final class ImageIoPortraitDecoder implements PortraitDecoder {
    /** A card portrait is 102x126; anything beyond 1,024 x 1,024 is refused. */
    public static final int MAX_PIXELS = 1024 * 1024;
    private final PortraitDecoder wltDecoder;

    public ImageIoPortraitDecoder() {
        this(new WltPassThroughDecoder());
    }

    public ImageIoPortraitDecoder(PortraitDecoder wltDecoder) {
        this.wltDecoder = wltDecoder;
    }

    public static PortraitFormat sniff(byte[] photo) {
        if (photo.length >= 2 && photo[0] == 'B' && photo[1] == 'M') {
            return PortraitFormat.BMP;
        }
        if (photo.length >= 3 && (photo[0] & 0xFF) == 0xFF && (photo[1] & 0xFF) == 0xD8 && (photo[2] & 0xFF) == 0xFF) {
            return PortraitFormat.JPEG;
        }
        if (photo.length >= 8 && (photo[0] & 0xFF) == 0x89 && photo[1] == 'P' && photo[2] == 'N' && photo[3] == 'G') {
            return PortraitFormat.PNG;
        }
        return PortraitFormat.WLT;
    }

    @Override
    public Portrait decode(byte[] photo) throws PortraitDecodeException {
        PortraitFormat format = sniff(photo);
        if (format == PortraitFormat.WLT) {
            return wltDecoder.decode(photo);
        }
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(photo))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new PortraitDecodeException("no image reader for " + format);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width <= 0 || height <= 0 || width * height > MAX_PIXELS) {
                    throw new PortraitDecodeException(format + " header claims " + width + "x" + height + " pixels");
                }
                BufferedImage image = reader.read(0);
                return new Portrait(format, photo, image);
            } finally {
                reader.dispose();
            }
        } catch (PortraitDecodeException e) {
            throw e;
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            throw new PortraitDecodeException(format + " photo does not decode: " + e.getClass().getSimpleName());
        }
    }
}
