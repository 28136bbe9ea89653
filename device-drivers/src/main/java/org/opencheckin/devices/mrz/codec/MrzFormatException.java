package org.opencheckin.devices.mrz.codec;

import org.opencheckin.devices.codec.MalformedFrameException;

/**
 * The MRZ codec's own exception: wrong line count or length, a character outside the MRZ
 * alphabet, a check digit that does not verify, an impossible date. Messages name the field,
 * never its content.
 */
public class MrzFormatException extends MalformedFrameException {
    public MrzFormatException(String message) {
        super(message);
    }
}
