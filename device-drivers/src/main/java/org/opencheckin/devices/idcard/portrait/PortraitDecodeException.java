package org.opencheckin.devices.idcard.portrait;

import org.opencheckin.devices.codec.MalformedFrameException;

/** A portrait decoder's own exception: the photo bytes do not decode. */
public class PortraitDecodeException extends MalformedFrameException {
    public PortraitDecodeException(String message) {
        super(message);
    }
}
