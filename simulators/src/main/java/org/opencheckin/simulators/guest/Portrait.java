package org.opencheckin.simulators.guest;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The ID card's portrait. A real card holds 1,024 bytes of the vendor's WLT format, which nothing open can
 * produce, so the simulator puts a 102x126 greyscale JPEG there (quality lowered until it fits) and pads
 * it with zeros; a driver's pluggable photo decoder recognises the JPEG by its {@code FF D8} start.
 */
public final class Portrait {

    public static final int WIDTH = 102;
    public static final int HEIGHT = 126;
    public static final int PHOTO_FIELD_BYTES = 1024;

    private Portrait() {
    }

    /** The 1,024-byte photo field for {@code photo}. */
    public static byte[] cardPhotoField(Path photo) throws IOException {
        BufferedImage source = ImageIO.read(photo.toFile());
        if (source == null) {
            throw new IOException("not an image: " + photo.getFileName());
        }
        byte[] jpeg = fitJpeg(toCardPortrait(source));
        byte[] field = new byte[PHOTO_FIELD_BYTES];
        System.arraycopy(jpeg, 0, field, 0, jpeg.length);
        return field;
    }

    /** Crops the middle to the card's 102:126 aspect and scales it to 102x126 grey. */
    static BufferedImage toCardPortrait(BufferedImage source) {
        int w = source.getWidth();
        int h = source.getHeight();
        int cropW = w;
        int cropH = w * HEIGHT / WIDTH;
        if (cropH > h) {
            cropH = h;
            cropW = h * WIDTH / HEIGHT;
        }
        int x = (w - cropW) / 2;
        int y = (h - cropH) / 2;
        BufferedImage grey = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grey.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(source, 0, 0, WIDTH, HEIGHT, x, y, x + cropW, y + cropH, null);
        g.dispose();
        return grey;
    }

    static byte[] fitJpeg(BufferedImage image) throws IOException {
        for (int q = 60; q >= 2; q -= 4) {
            byte[] jpeg = encode(image, q / 100f);
            if (jpeg.length <= PHOTO_FIELD_BYTES) {
                return jpeg;
            }
        }
        throw new IOException("portrait does not fit in " + PHOTO_FIELD_BYTES + " bytes even at the lowest quality");
    }

    static byte[] encode(BufferedImage image, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            if (param instanceof javax.imageio.plugins.jpeg.JPEGImageWriteParam jpegParam) {
                jpegParam.setOptimizeHuffmanTables(true);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
