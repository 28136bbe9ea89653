package org.opencheckin.simulators.guest;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;

/**
 * The ID card's portrait. A real card holds 1,024 bytes of the vendor's WLT format, which nothing open can
 * produce, so the simulator puts a 102x126 greyscale JPEG there (quality lowered until it fits) and pads
 * it with zeros; a driver's pluggable photo decoder recognises the JPEG by its {@code FF D8} start. Like a
 * real card's photo it is a head-and-shoulders portrait: the face fills most of the frame, so a face
 * verifier finds enough of it in 102x126 pixels (a whole half-body photo squeezed in leaves a face of
 * about 25 px).
 */
public final class Portrait {

    public static final int WIDTH = 102;
    public static final int HEIGHT = 126;
    public static final int PHOTO_FIELD_BYTES = 1024;

    private Portrait() {
    }

    /**
     * Share of the portrait's height taken by the face box (YuNet's box, about brows to chin), as on a
     * resident ID card's head-and-shoulders photo.
     */
    static final double FACE_HEIGHT_SHARE = 0.6;
    /** Where the face box's centre sits, as a share of the height from the top: room for hair above, shoulders below. */
    static final double FACE_CENTRE_FROM_TOP = 0.47;
    /** What shows where the framing reaches past the photo's edge: the light backdrop of an ID photo. */
    static final Color BACKDROP = new Color(235, 235, 235);
    /** Semi-axes of the sharp ellipse round the head, as shares of the portrait's width and height. */
    private static final double BACKDROP_ELLIPSE = 0.42;
    private static final int BOX_RADIUS = 3;

    /**
     * The 1,024-byte photo field for {@code source}: framed head-and-shoulders on {@code face}, or, without
     * a face, the middle of the photo.
     */
    public static byte[] cardPhotoField(BufferedImage source, Optional<FaceBox> face) throws IOException {
        BufferedImage portrait = face.map(f -> plainBackdrop(framedOnFace(source, f))).orElseGet(() -> centreCrop(source));
        byte[] jpeg = fitJpeg(portrait);
        byte[] field = new byte[PHOTO_FIELD_BYTES];
        System.arraycopy(jpeg, 0, field, 0, jpeg.length);
        return field;
    }

    /**
     * ID-photo framing: the crop is {@code face height / FACE_HEIGHT_SHARE} tall, 102:126, centred
     * horizontally on the face, the face centre {@link #FACE_CENTRE_FROM_TOP} down; parts outside the
     * photo show {@link #BACKDROP}. Scaled to 102x126 grey.
     */
    static BufferedImage framedOnFace(BufferedImage source, FaceBox face) {
        double cropH = face.height() / FACE_HEIGHT_SHARE;
        double cropW = cropH * WIDTH / HEIGHT;
        double x = face.centreX() - cropW / 2;
        double y = face.centreY() - cropH * FACE_CENTRE_FROM_TOP;
        return scaledGrey(source, x, y, cropW, cropH);
    }

    /**
     * An ID photo is taken in front of a plain backdrop, while the press photos have flags, crowds and
     * furniture behind the person, which would take most of the 1,024 bytes at the expense of the face.
     * Outside an ellipse round the head (as framed by {@link #framedOnFace}) the portrait fades into a
     * strongly blurred copy of itself (sigma about 3.5 px), which leaves the bytes for the face. Measured
     * with the kiosk's verifier, this raised the owners' scores by about 0.05 to 0.15.
     */
    static BufferedImage plainBackdrop(BufferedImage framed) {
        int[] sharp = framed.getRaster().getPixels(0, 0, WIDTH, HEIGHT, (int[]) null);
        int[] blurred = sharp.clone();
        for (int pass = 0; pass < 3; pass++) {
            boxBlur(blurred, true);
            boxBlur(blurred, false);
        }
        double cx = WIDTH / 2.0;
        double cy = HEIGHT * FACE_CENTRE_FROM_TOP;
        double rx = WIDTH * BACKDROP_ELLIPSE;
        double ry = HEIGHT * BACKDROP_ELLIPSE;
        int[] out = new int[sharp.length];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                double d = Math.hypot((x + 0.5 - cx) / rx, (y + 0.5 - cy) / ry);
                double w = Math.max(0, Math.min(1, (d - 0.9) / 0.3));
                int i = y * WIDTH + x;
                out[i] = (int) Math.round((1 - w) * sharp[i] + w * blurred[i]);
            }
        }
        BufferedImage result = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        result.getRaster().setPixels(0, 0, WIDTH, HEIGHT, out);
        return result;
    }

    /** One pass of a 7-wide box blur along rows or columns, edges clamped. */
    private static void boxBlur(int[] pixels, boolean rows) {
        int lines = rows ? HEIGHT : WIDTH;
        int length = rows ? WIDTH : HEIGHT;
        int[] line = new int[length];
        for (int l = 0; l < lines; l++) {
            for (int k = 0; k < length; k++) {
                line[k] = pixels[rows ? l * WIDTH + k : k * WIDTH + l];
            }
            for (int k = 0; k < length; k++) {
                int sum = 0;
                for (int j = -BOX_RADIUS; j <= BOX_RADIUS; j++) {
                    sum += line[Math.max(0, Math.min(length - 1, k + j))];
                }
                pixels[rows ? l * WIDTH + k : k * WIDTH + l] = Math.round(sum / (2f * BOX_RADIUS + 1));
            }
        }
    }

    /** The fallback without a face: the middle of the photo at the card's 102:126 aspect. */
    static BufferedImage centreCrop(BufferedImage source) {
        int w = source.getWidth();
        int h = source.getHeight();
        double cropW = w;
        double cropH = (double) w * HEIGHT / WIDTH;
        if (cropH > h) {
            cropH = h;
            cropW = (double) h * WIDTH / HEIGHT;
        }
        return scaledGrey(source, (w - cropW) / 2, (h - cropH) / 2, cropW, cropH);
    }

    /** The source rectangle (which may reach outside the photo) scaled to 102x126 grey on the backdrop. */
    private static BufferedImage scaledGrey(BufferedImage source, double x, double y, double w, double h) {
        BufferedImage grey = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grey.createGraphics();
        g.setColor(BACKDROP);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        // Halve a large photo first: one bicubic step straight to 102 px samples too few source pixels and aliases.
        BufferedImage src = source;
        double f = 1;
        while (WIDTH / (w * f) < 0.5 && src.getWidth() > 2 * WIDTH) {
            src = half(src);
            f = (double) src.getWidth() / source.getWidth();
        }
        double sx = WIDTH / (w * f);
        double sy = HEIGHT / (h * f);
        g.drawImage(src, new AffineTransform(sx, 0, 0, sy, -x * f * sx, -y * f * sy), null);
        g.dispose();
        return grey;
    }

    private static BufferedImage half(BufferedImage image) {
        BufferedImage half = new BufferedImage(Math.max(1, image.getWidth() / 2), Math.max(1, image.getHeight() / 2),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = half.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, half.getWidth(), half.getHeight(), null);
        g.dispose();
        return half;
    }

    static byte[] fitJpeg(BufferedImage image) throws IOException {
        for (int q = 60; q >= 2; q--) {
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
