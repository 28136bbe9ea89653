package org.opencheckin.kiosk.vision;

/**
 * Where the time of one verification went, in milliseconds, for logs and benchmarks.
 *
 * @param decodeMs image decoding (both images)
 * @param detectMs face detection and landmarks (both images)
 * @param alignMs  5-point alignment to the 112x112 crop (both images)
 * @param embedMs  embedding network (both images)
 * @param totalMs  the whole call, wall clock
 */
public record FaceTimings(double decodeMs, double detectMs, double alignMs, double embedMs, double totalMs) {

    public static final FaceTimings NONE = new FaceTimings(0, 0, 0, 0, 0);
}
