package org.opencheckin.devices.codec;

/**
 * Base of every codec's own exception: the bytes are not a valid frame (bad preamble, length out
 * of bounds, checksum mismatch, field out of range). Codecs throw nothing else on any input.
 */
public class MalformedFrameException extends Exception {
    public MalformedFrameException(String message) {
        super(message);
    }
}
