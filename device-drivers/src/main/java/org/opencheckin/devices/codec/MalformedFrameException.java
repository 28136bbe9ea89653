package org.opencheckin.devices.codec;

/**
 * Base of every codec's own exception: the bytes are not a valid frame (bad preamble, length out
 * of bounds, checksum mismatch, field out of range). Codecs throw nothing else on any input.
 *
 * <p>A damaged frame is an expected event on a serial line (the protocol retries it), so the
 * exception carries no stack trace: the message says what was wrong and the caller knows where.
 */
public class MalformedFrameException extends Exception {
    public MalformedFrameException(String message) {
        super(message, null, false, false);
    }
}
