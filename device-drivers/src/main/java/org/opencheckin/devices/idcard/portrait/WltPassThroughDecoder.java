package org.opencheckin.devices.idcard.portrait;

/** Keeps the photo as raw WLT bytes: no open WLT decoder exists (PROTOCOLS.md section 1). */
public final class WltPassThroughDecoder implements PortraitDecoder {
    @Override
    public Portrait decode(byte[] photo) {
        return new Portrait(PortraitFormat.WLT, photo, null);
    }
}
