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
 * make it allocate more than {@link #MAX_PIXELS} pixels. A BMP header is checked further, since
 * ImageIO allocates what two of its fields say before it compares them with the data: a JPEG or PNG
 * body ({@code biCompression} 4 or 5) is read into a buffer of {@code biSizeImage} bytes, so a
 * 294-byte file claiming 512 MiB made it allocate 512 MiB.
 */
public final class ImageIoPortraitDecoder implements PortraitDecoder {
    /** A card portrait is 102x126; anything beyond 1,024 x 1,024 is refused. */
    public static final int MAX_PIXELS = 1024 * 1024;
    /** BI_RGB, BI_RLE8, BI_RLE4, BI_BITFIELDS: the BMP bodies whose buffers ImageIO sizes by the image. */
    private static final int MAX_BMP_COMPRESSION = 3;
    private static final int BITMAPINFOHEADER_SIZE = 40;
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
        if (format == PortraitFormat.BMP) {
            checkBmpHeader(photo);
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

    private static void checkBmpHeader(byte[] photo) throws PortraitDecodeException {
        if (photo.length < 18) {
            throw new PortraitDecodeException("BMP header truncated at " + photo.length + " bytes");
        }
        long headerSize = uint32(photo, 14);
        if (headerSize < BITMAPINFOHEADER_SIZE) {
            return; // OS/2 BITMAPCOREHEADER: no compression, no image size field
        }
        if (photo.length < 14 + BITMAPINFOHEADER_SIZE) {
            throw new PortraitDecodeException("BMP info header truncated at " + photo.length + " bytes");
        }
        long compression = uint32(photo, 30);
        if (compression > MAX_BMP_COMPRESSION) {
            throw new PortraitDecodeException("BMP compression " + compression + " is not a card portrait's");
        }
        long imageSize = uint32(photo, 34);
        if (imageSize > photo.length) {
            throw new PortraitDecodeException("BMP header claims " + imageSize + " bytes of pixels in a file of "
                    + photo.length);
        }
    }

    private static long uint32(byte[] b, int at) {
        return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
    }
}
