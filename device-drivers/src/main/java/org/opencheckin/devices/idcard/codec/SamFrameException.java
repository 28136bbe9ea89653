package org.opencheckin.devices.idcard.codec;

import org.opencheckin.devices.codec.MalformedFrameException;

/** The SAM codec's own exception: the bytes are not a valid SAM frame or reply payload. */
public class SamFrameException extends MalformedFrameException {
    public SamFrameException(String message) {
        super(message);
    }
}
