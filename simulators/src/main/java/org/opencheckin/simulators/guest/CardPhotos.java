package org.opencheckin.simulators.guest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The 1,024-byte photo field of each guest's card, built once from {@link FaceLibrary}. A guest without a
 * photo gets an all-zero field, which a driver reports as "no portrait" (the kiosk then asks staff).
 */
public final class CardPhotos {

    private final FaceLibrary faces;
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    public CardPhotos(FaceLibrary faces) {
        this.faces = faces;
    }

    public static CardPhotos none() {
        return new CardPhotos(FaceLibrary.empty());
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
            return Portrait.cardPhotoField(photo.get());
        } catch (IOException e) {
            return new byte[Portrait.PHOTO_FIELD_BYTES];
        }
    }
}
