package org.opencheckin.kiosk.vision;

/**
 * 1:1 face verification: is the person in the live camera frame the person on the document?
 *
 * <p>Contract:
 * <ul>
 *   <li>Never throws for bad or faceless images: those come back as
 *       {@link FaceDecision#NO_FACE_IN_PORTRAIT} / {@link FaceDecision#NO_FACE_IN_LIVE_FRAME}.
 *       Missing models give {@link FaceDecision#UNAVAILABLE} (see {@link VisionModels}).</li>
 *   <li>Thread-safe; calls may run concurrently (implementations serialise on the network if they must).
 *       Blocking, about 50 ms on the kiosk PC: call it off the event loop.</li>
 *   <li>Keeps nothing: neither the images nor the embeddings outlive the call.</li>
 * </ul>
 * Small ID-card chip portraits (102x126) are accepted as they are; the implementation upscales them.
 */
public interface FaceVerifier {

    /**
     * Compares the face on a document portrait with the most prominent face in a live frame.
     *
     * @param portraitImage encoded document portrait (JPEG/PNG/BMP; JPEG2000 only if OpenCV decodes it)
     * @param liveFrame     encoded camera frame
     * @return score, decision and timings; never null
     */
    FaceScore verify(byte[] portraitImage, byte[] liveFrame);

    /** Convenience for a camera {@link Frame}. */
    default FaceScore verify(byte[] portraitImage, Frame liveFrame) {
        return verify(portraitImage, liveFrame.image());
    }

    /** The cosine threshold at or above which {@link #verify} answers MATCH. */
    double threshold();
}
