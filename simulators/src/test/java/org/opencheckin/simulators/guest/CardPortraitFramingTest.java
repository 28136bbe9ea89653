package org.opencheckin.simulators.guest;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencheckin.simulators.testing.SharedFaces;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;
import org.assertj.core.data.Offset;
import org.opencv.objdetect.FaceDetectorYN;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The card portrait is a head-and-shoulders ID photo, not a whole press photo squeezed into 102x126. The
 * face in each portrait is measured the way the kiosk's face pipeline looks at a chip portrait
 * (docs/face-models.md, "Pipeline"): upscaled bicubic to 320 px on its shorter side, YuNet at 320 px
 * on the longer side, then at 640, then on the image padded by a quarter on each side. This detector is
 * the test's own, so it checks the portrait, not {@link YuNetFaceFinder}.
 */
class CardPortraitFramingTest {

    /** A face shorter than this (in the 126 px portrait) is too small to verify; the squeezed photos had about 25. */
    private static final double MIN_FACE_HEIGHT = 45;

    private static FaceLibrary faces;
    private static FaceDetectorYN kioskLikeDetector;
    private final GuestRoster roster = GuestRoster.bundled();

    @BeforeAll
    static void detector() throws Exception {
        faces = SharedFaces.require();
        Path model = faces.detectorModel().orElseThrow();
        if (!Files.isRegularFile(model)) {
            String what = "face detector model missing: " + model;
            if ("true".equals(System.getenv("CI"))) {
                fail(what);
            }
            Assumptions.assumeTrue(false, what);
        }
        nu.pattern.OpenCV.loadLocally();
        kioskLikeDetector = FaceDetectorYN.create(model.toString(), "", new Size(320, 320), 0.6f, 0.3f, 5000);
    }

    @Test
    void everyRosterPortraitShowsAFaceAtLeast45PxTallAndFitsThePhotoField() throws Exception {
        CardPhotos photos = new CardPhotos(faces);
        int checked = 0;
        for (Guest guest : roster.all()) {
            if (guest.portraitFace() == null || faces.portraitPhoto(guest.portraitFace()).isEmpty()) {
                continue;
            }
            byte[] field = photos.photoField(guest);
            int jpegLength = jpegLength(field);
            assertThat(jpegLength).as(guest.id() + ": JPEG inside the 1,024-byte field").isBetween(100, 1024);
            assertThat(Arrays.copyOfRange(field, jpegLength, field.length)).as(guest.id() + ": zero padding").containsOnly(0);
            BufferedImage portrait = ImageIO.read(new ByteArrayInputStream(field));
            assertThat(portrait.getWidth()).isEqualTo(Portrait.WIDTH);
            assertThat(portrait.getHeight()).isEqualTo(Portrait.HEIGHT);
            assertThat(portrait.getColorModel().getNumComponents()).as("greyscale, as the card").isEqualTo(1);

            OptionalDouble faceHeight = faceHeightAsTheKioskSeesIt(field);
            assertThat(faceHeight).as(guest.id() + ": a face the kiosk finds").isPresent();
            assertThat(faceHeight.getAsDouble()).as(guest.id() + ": face height in the 126 px portrait")
                    .isGreaterThanOrEqualTo(MIN_FACE_HEIGHT)
                    .isLessThanOrEqualTo(Portrait.HEIGHT);
            checked++;
        }
        assertThat(checked).as("roster guests with a portrait photo").isGreaterThanOrEqualTo(10);
    }

    /** The previous behaviour, kept as the fallback, is what this change is about: its faces are too small. */
    @Test
    void theCentreCropFallbackLeavesTheFaceTooSmallWhichIsWhyFramingIsNeeded() throws Exception {
        Guest zhangWei = roster.get("zhang-wei");
        byte[] framed = new CardPhotos(faces).photoField(zhangWei);
        byte[] centreCrop = new CardPhotos(faces, FaceFinder.none()).photoField(zhangWei);

        assertThat(jpegLength(centreCrop)).isLessThanOrEqualTo(1024);
        double small = faceHeightAsTheKioskSeesIt(centreCrop).orElse(0);
        double large = faceHeightAsTheKioskSeesIt(framed).orElseThrow();
        assertThat(small).isLessThan(MIN_FACE_HEIGHT);
        assertThat(large).isGreaterThan(1.8 * small);
    }

    @Test
    void yuNetFinderFindsTheFaceOfAPressPhotoWhereItIs() throws Exception {
        YuNetFaceFinder finder = YuNetFaceFinder.load(faces.detectorModel().orElseThrow());
        BufferedImage photo = ImageIO.read(faces.portraitPhoto("obama").orElseThrow().toFile());
        FaceBox face = finder.largestFace(photo).orElseThrow();
        assertThat(face.width()).isBetween(0.1 * photo.getWidth(), 0.6 * photo.getWidth());
        assertThat(face.centreY()).isLessThan(photo.getHeight() / 2.0);

        BufferedImage blank = new BufferedImage(640, 480, BufferedImage.TYPE_3BYTE_BGR);
        assertThat(finder.largestFace(blank)).isEmpty();
    }

    @Test
    void aMissingModelIsReportedByName() {
        Path missing = Path.of("target", "no-such-dir", FaceLibrary.DETECTOR_MODEL);
        assertThatThrownBy(() -> YuNetFaceFinder.load(missing))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("face detector model missing")
                .hasMessageContaining(FaceLibrary.DETECTOR_MODEL);
    }

    /** Geometry only, no model: a 200 px tall "face" near the photo's top becomes about 60 % of the 126 px portrait, centred. */
    @Test
    void framingPutsTheFaceBoxAtTheIdPhotoShareOfTheHeight() {
        BufferedImage photo = new BufferedImage(1000, 1400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, 1000, 1400);
        g.setColor(Color.WHITE);
        g.fillRect(600, 20, 150, 200);
        g.dispose();

        BufferedImage portrait = Portrait.framedOnFace(photo, new FaceBox(600, 20, 150, 200));

        int top = -1;
        int bottom = -1;
        int left = Portrait.WIDTH;
        int right = -1;
        for (int y = 0; y < Portrait.HEIGHT; y++) {
            for (int x = 0; x < Portrait.WIDTH; x++) {
                if (portrait.getRaster().getSample(x, y, 0) > 245) {
                    top = top < 0 ? y : top;
                    bottom = y;
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                }
            }
        }
        int height = bottom - top + 1;
        assertThat(height).isBetween(74, 78);
        assertThat((top + bottom) / 2.0).isCloseTo(Portrait.HEIGHT * Portrait.FACE_CENTRE_FROM_TOP, Offset.offset(2.0));
        assertThat((left + right) / 2.0).isCloseTo(Portrait.WIDTH / 2.0, Offset.offset(2.0));
        // The box starts 20 px below the photo's top, less than the framing needs: above the photo is backdrop.
        assertThat(portrait.getRaster().getSample(Portrait.WIDTH / 2, 0, 0)).isEqualTo(Portrait.BACKDROP.getRed());
        assertThat(portrait.getRaster().getSample(Portrait.WIDTH / 2, 17, 0)).as("the photo's black").isLessThan(10);
    }

    @Test
    void withoutAFaceThePortraitIsTheMiddleOfThePhoto() throws Exception {
        BufferedImage photo = new BufferedImage(300, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, 600);
        g.dispose();
        byte[] field = Portrait.cardPhotoField(photo, Optional.empty());
        BufferedImage portrait = ImageIO.read(new ByteArrayInputStream(field));
        assertThat(portrait.getWidth()).isEqualTo(Portrait.WIDTH);
        assertThat(portrait.getRGB(0, 0) & 0xFF).as("photo, not backdrop").isGreaterThan(245);
    }

    /** Where the JPEG ends (its EOI marker) in the zero-padded field. */
    private static int jpegLength(byte[] field) {
        assertThat(field).hasSize(Portrait.PHOTO_FIELD_BYTES);
        assertThat(field[0] & 0xFF).isEqualTo(0xFF);
        assertThat(field[1] & 0xFF).isEqualTo(0xD8);
        for (int i = field.length - 2; i > 1; i--) {
            if ((field[i] & 0xFF) == 0xFF && (field[i + 1] & 0xFF) == 0xD9) {
                return i + 2;
            }
        }
        throw new AssertionError("no JPEG end marker in the photo field");
    }

    /** Height of the largest face, in portrait pixels (of 126), found as the kiosk's pipeline finds it. */
    private static OptionalDouble faceHeightAsTheKioskSeesIt(byte[] field) {
        Mat bgr = Imgcodecs.imdecode(new MatOfByte(field), Imgcodecs.IMREAD_COLOR);
        double up = 320.0 / Math.min(bgr.cols(), bgr.rows());
        Mat upscaled = new Mat();
        Imgproc.resize(bgr, upscaled, new Size(Math.round(bgr.cols() * up), Math.round(bgr.rows() * up)), 0, 0, Imgproc.INTER_CUBIC);
        OptionalDouble height = detect(upscaled, 320);
        if (height.isEmpty()) {
            height = detect(upscaled, 640);
        }
        if (height.isEmpty()) {
            int padX = upscaled.cols() / 4;
            int padY = upscaled.rows() / 4;
            Mat padded = new Mat();
            Core.copyMakeBorder(upscaled, padded, padY, padY, padX, padX, Core.BORDER_CONSTANT, new Scalar(128, 128, 128));
            height = detect(padded, 320);
        }
        return height.isPresent() ? OptionalDouble.of(height.getAsDouble() / up) : height;
    }

    private static OptionalDouble detect(Mat image, int maxSide) {
        double factor = Math.min(1.0, (double) maxSide / Math.max(image.cols(), image.rows()));
        Mat input = new Mat();
        Imgproc.resize(image, input, new Size(Math.round(image.cols() * factor), Math.round(image.rows() * factor)), 0, 0, Imgproc.INTER_AREA);
        Mat out = new Mat();
        kioskLikeDetector.setInputSize(input.size());
        kioskLikeDetector.detect(input, out);
        double best = -1;
        float[] row = new float[15];
        for (int i = 0; i < out.rows(); i++) {
            out.get(i, 0, row);
            best = Math.max(best, row[3] / factor);
        }
        return best < 0 ? OptionalDouble.empty() : OptionalDouble.of(best);
    }
}
