package org.opencheckin.devices.idcard.codec;

import org.opencheckin.devices.codec.MalformedFrameException;

/** The text decoder's own exception: a field of the 256-byte text block is not valid. */
public class IdCardTextException extends MalformedFrameException {
    public IdCardTextException(String message) {
        super(message);
    }
}
