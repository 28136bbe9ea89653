package org.opencheckin.devices.idcard.portrait;

/**
 * Turns a card's photo block into a {@link Portrait}. A vendor WLT library plugs in here; the
 * built-in {@link ImageIoPortraitDecoder} decodes BMP, JPEG and PNG and passes WLT through
 * undecoded. Implementations must be thread-safe and throw only {@link PortraitDecodeException}.
 */
public interface PortraitDecoder {
    Portrait decode(byte[] photo) throws PortraitDecodeException;
}
