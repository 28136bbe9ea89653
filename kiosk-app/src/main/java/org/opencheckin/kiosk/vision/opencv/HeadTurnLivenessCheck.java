package org.opencheckin.kiosk.vision.opencv;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import org.opencheckin.kiosk.vision.Frame;
import org.opencheckin.kiosk.vision.Guidance;
import org.opencheckin.kiosk.vision.LivenessCheck;
import org.opencheckin.kiosk.vision.LivenessResult;
import org.opencheckin.kiosk.vision.LivenessVerdict;
import org.opencv.core.Mat;

/**
 * Active liveness by head turn. The guest turns their head to a side and back; in each frame the
 * nose tip's position u in the affine frame of eyes and mouth is measured ({@link DetectedFace#noseAffineU()}).
 * A real head changes u because the nose stands out of the face plane; a photo or a screen held
 * up to the camera does not, however it is moved, turned or tilted, because an affine map of a flat
 * picture leaves affine coordinates unchanged (only perspective adds a small error). The sequence
 * passes when one frame is frontal, u moves at least {@code minTurn} to both sides of it, and the
 * two most-turned frames show the same person as the frontal one (embedding cosine). Thread-safe;
 * between calls it keeps only the landmarks found in each frame, weakly keyed by the frame.
 *
 * <p>Limits (see {@code docs/face-models.md}): a video of the person turning their head, a 3-D mask,
 * or photos of the same person in different poses swapped quickly in front of the camera can pass.
 */
public final class HeadTurnLivenessCheck implements LivenessCheck {

    /** Faces smaller than this fraction of the main one are people far behind; they do not count. */
    private static final double SECOND_FACE_FRACTION = 0.5;

    private final FacePipeline pipeline;
    private final LivenessSettings settings;
    /** Frame -> its single face. Weak keys: entries go when the camera buffer drops the frame. */
    private final Map<Frame, Optional<DetectedFace>> detections = Collections.synchronizedMap(new WeakHashMap<>());

    public HeadTurnLivenessCheck(FacePipeline pipeline, LivenessSettings settings) {
        this.pipeline = pipeline;
        this.settings = settings;
    }

    @Override
    public Guidance challenge() {
        return Guidance.TURN_HEAD;
    }

    @Override
    public LivenessResult evaluate(List<Frame> frames) {
        if (frames.isEmpty()) {
            return new LivenessResult(LivenessVerdict.INSUFFICIENT_FRAMES, 0, 0, -1, "no frames");
        }
        // One gesture: only the frames of the last maxDuration count, older ones are ignored.
        Instant since = frames.get(frames.size() - 1).capturedAt().minus(settings.maxDuration());
        List<Observation> seen = new ArrayList<>();
        for (int i = 0; i < frames.size(); i++) {
            int index = i;
            Frame frame = frames.get(i);
            if (frame.capturedAt().isBefore(since)) {
                continue;
            }
            singleFace(frame).ifPresent(face -> seen.add(new Observation(index, frame, face)));
        }
        if (seen.size() < settings.minFrames()) {
            return new LivenessResult(LivenessVerdict.INSUFFICIENT_FRAMES, 0, seen.size(), -1,
                    seen.size() + " frames with exactly one face in the last " + settings.maxDuration().toMillis()
                            + " ms, need " + settings.minFrames());
        }
        return decide(seen);
    }

    private LivenessResult decide(List<Observation> seen) {
        Observation frontal = seen.get(0);
        for (Observation o : seen) {
            if (Math.abs(o.face().noseAffineU()) < Math.abs(frontal.face().noseAffineU())) {
                frontal = o;
            }
        }
        double centre = frontal.face().noseAffineU();
        Observation mostOneWay = frontal;
        Observation mostOtherWay = frontal;
        for (Observation o : seen) {
            if (o.face().noseAffineU() < mostOneWay.face().noseAffineU()) {
                mostOneWay = o;
            }
            if (o.face().noseAffineU() > mostOtherWay.face().noseAffineU()) {
                mostOtherWay = o;
            }
        }
        double oneWay = centre - mostOneWay.face().noseAffineU();
        double otherWay = mostOtherWay.face().noseAffineU() - centre;
        double turn = Math.min(oneWay, otherWay);
        double score = Math.min(1.0, turn / settings.minTurn());
        if (Math.abs(centre) > settings.maxFrontalYaw()) {
            return new LivenessResult(LivenessVerdict.NOT_LIVE, score, seen.size(), -1,
                    String.format("no frontal frame (smallest |u| %.3f)", Math.abs(centre)));
        }
        if (turn < settings.minTurn()) {
            return new LivenessResult(LivenessVerdict.NOT_LIVE, score, seen.size(), frontal.index(),
                    String.format("head did not turn both ways: nose moved %.3f and %.3f, need %.3f each",
                            oneWay, otherWay, settings.minTurn()));
        }
        // The frames that decide the verdict must show the same person as the frame that gets verified.
        FaceTimer timer = new FaceTimer();
        float[] reference = embed(frontal, timer);
        for (Observation o : List.of(mostOneWay, mostOtherWay)) {
            double cosine = FaceEmbedder.cosine(reference, embed(o, timer));
            if (cosine < settings.sameFaceCosine()) {
                return new LivenessResult(LivenessVerdict.NOT_LIVE, score, seen.size(), frontal.index(),
                        String.format("frame %d shows a different face (cosine %.3f)", o.index(), cosine));
            }
        }
        return new LivenessResult(LivenessVerdict.LIVE, score, seen.size(), frontal.index(),
                String.format("head turned both ways: nose moved %.3f and %.3f", oneWay, otherWay));
    }

    /**
     * The frame's single face, or empty when it has none or more than one. Remembered per frame
     * (weakly, landmarks only, no pixels) because the flow re-evaluates a growing window of frames.
     */
    private Optional<DetectedFace> singleFace(Frame frame) {
        Optional<DetectedFace> known = detections.get(frame);
        if (known != null) {
            return known;
        }
        Optional<DetectedFace> found = Optional.empty();
        Optional<Mat> decoded = FacePipeline.decode(frame.image());
        if (decoded.isPresent()) {
            List<DetectedFace> faces = pipeline.detect(decoded.get());
            decoded.get().release();
            boolean single = faces.size() == 1 || (faces.size() > 1
                    && faces.get(1).width() < SECOND_FACE_FRACTION * faces.get(0).width());
            found = single ? Optional.of(faces.get(0)) : Optional.empty();
        }
        detections.put(frame, found);
        return found;
    }

    /** Embedding of an observed face (its frame decoded before, so it decodes again). */
    private float[] embed(Observation o, FaceTimer timer) {
        Mat bgr = FacePipeline.decode(o.frame().image()).orElseThrow();
        try {
            return pipeline.embed(bgr, o.face(), timer);
        } finally {
            bgr.release();
        }
    }

    private record Observation(int index, Frame frame, DetectedFace face) {
    }
}
