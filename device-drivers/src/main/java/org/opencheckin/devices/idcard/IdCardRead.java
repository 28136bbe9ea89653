package org.opencheckin.devices.idcard;

import org.opencheckin.devices.idcard.document.IdDocument;
import org.opencheckin.devices.idcard.portrait.Portrait;

/**
 * One successful read of a card.
 *
 * @param document    the decoded, validated text
 * @param portrait    the photo (raw WLT bytes unless a decoder turned it into an image)
 * @param fingerprint fingerprint block; empty unless {@link IdCardReaderConfig#readFingerprint()}
 */
public record IdCardRead(IdDocument document, Portrait portrait, byte[] fingerprint) {
    public IdCardRead {
        fingerprint = fingerprint.clone();
    }

    @Override
    public byte[] fingerprint() {
        return fingerprint.clone();
    }

    @Override
    public String toString() {
        return "IdCardRead[" + document + ", " + portrait + "]";
    }
}
