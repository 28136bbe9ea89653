package org.opencheckin.devices.dispenser.codec;

import org.opencheckin.devices.codec.MalformedFrameException;

/** The CRT-591 codec's own exception: not a valid command or reply frame, or an invalid status byte. */
public class Crt591FrameException extends MalformedFrameException {
    public Crt591FrameException(String message) {
        super(message);
    }
}
