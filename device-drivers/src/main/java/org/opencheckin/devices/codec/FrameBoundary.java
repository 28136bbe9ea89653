package org.opencheckin.devices.codec;

/**
 * How a codec finds frames in a byte stream, without allocating: a protocol's frame reader asks
 * where the next frame may start (leading garbage is skipped) and, once the header is in, how long
 * the frame is. Lengths are bounds-checked here, before the reader waits for or copies a byte.
 */
public interface FrameBoundary {

    /** Largest frame this codec accepts, in bytes; a reader never buffers more than this. */
    int maxFrameLength();

    /**
     * Index in {@code [from, to]} of the first byte that may begin a frame. Returns {@code to}
     * when every byte is garbage. A partial preamble at the end of the range counts as a start.
     */
    int frameStart(byte[] buf, int from, int to);

    /**
     * Total length of the frame starting at {@code start}, or -1 when more bytes are needed to
     * know it.
     *
     * @throws MalformedFrameException when the header cannot begin a valid frame (length out of
     *         bounds); the reader then drops one byte and searches again
     */
    int frameLength(byte[] buf, int start, int available) throws MalformedFrameException;
}
