package org.opencheckin.devices.idcard.portrait;

import java.awt.image.BufferedImage;

/**
 * A card's photo: always the raw bytes, and the decoded image when a decoder could produce one.
 * Personal data: never log the bytes.
 *
 * @param format  how {@code encoded} is encoded
 * @param encoded the photo block as read from the card
 * @param image   the decoded picture, or null when no decoder for the format is plugged in (WLT)
 */
public record Portrait(PortraitFormat format, byte[] encoded, BufferedImage image) {
    public Portrait {
        encoded = encoded.clone();
    }

    @Override
    public byte[] encoded() {
        return encoded.clone();
    }

    public boolean isDecoded() {
        return image != null;
    }

    @Override
    public String toString() {
        return "Portrait[" + format + ", " + encoded.length + " bytes, "
                + (image == null ? "not decoded" : image.getWidth() + "x" + image.getHeight()) + "]";
    }
}
