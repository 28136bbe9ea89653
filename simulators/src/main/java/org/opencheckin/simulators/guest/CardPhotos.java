package org.opencheckin.simulators.guest;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The 1,024-byte photo field of each guest's card, built once from {@link FaceLibrary}. A guest without a
 * photo gets an all-zero field, which a driver reports as "no portrait" (the kiosk then asks staff).
 *
 * <p>The portrait is framed head-and-shoulders on the face YuNet finds ({@code <sharedDir>/models}, loaded
 * on the first portrait). When the model is missing or cannot be loaded, or a photo shows no face, the
 * middle of the photo is used instead and the reason is logged (photo file name only, never the guest).
 */
public final class CardPhotos {

    private static final System.Logger LOG = System.getLogger(CardPhotos.class.getName());

    private final FaceLibrary faces;
    private final Supplier<FaceFinder> finderSource;
    private volatile FaceFinder finder;
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    public CardPhotos(FaceLibrary faces) {
        this(faces, () -> detectorFor(faces));
    }

    /** With a given face finder (tests, or {@link FaceFinder#none()} for the plain centre crop). */
    public CardPhotos(FaceLibrary faces, FaceFinder finder) {
        this(faces, () -> finder);
    }

    private CardPhotos(FaceLibrary faces, Supplier<FaceFinder> finderSource) {
        this.faces = faces;
        this.finderSource = finderSource;
    }

    public static CardPhotos none() {
        return new CardPhotos(FaceLibrary.empty(), FaceFinder.none());
    }

    public byte[] photoField(Guest guest) {
        return cache.computeIfAbsent(guest.id(), id -> build(guest)).clone();
    }

    private byte[] build(Guest guest) {
        Optional<Path> photo = guest.portraitFace() == null ? Optional.empty() : faces.portraitPhoto(guest.portraitFace());
        if (photo.isEmpty()) {
            return new byte[Portrait.PHOTO_FIELD_BYTES];
        }
        try {
            BufferedImage source = ImageIO.read(photo.get().toFile());
            if (source == null) {
                LOG.log(Level.WARNING, "card portrait {0}: not an image, the photo field stays empty", photo.get().getFileName());
                return new byte[Portrait.PHOTO_FIELD_BYTES];
            }
            FaceFinder finder = finder();
            Optional<FaceBox> face = finder.largestFace(source);
            if (face.isEmpty() && finder != FaceFinder.NONE) {
                LOG.log(Level.WARNING, "card portrait {0}: no face found, the middle of the photo is used", photo.get().getFileName());
            }
            return Portrait.cardPhotoField(source, face);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "card portrait {0}: {1}; the photo field stays empty", photo.get().getFileName(), e.getMessage());
            return new byte[Portrait.PHOTO_FIELD_BYTES];
        }
    }

    private FaceFinder finder() {
        FaceFinder f = finder;
        if (f == null) {
            synchronized (this) {
                if (finder == null) {
                    finder = finderSource.get();
                }
                f = finder;
            }
        }
        return f;
    }

    private static FaceFinder detectorFor(FaceLibrary faces) {
        Optional<Path> model = faces.detectorModel();
        if (model.isEmpty()) {
            return FaceFinder.none();
        }
        try {
            return YuNetFaceFinder.load(model.get());
        } catch (IllegalStateException e) {
            LOG.log(Level.WARNING, "card portraits are centre crops, not framed on the face: {0}", e.getMessage());
            return FaceFinder.none();
        }
    }
}
