package org.opencheckin.kiosk.vision.opencv;

import java.util.List;
import java.util.Optional;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;

/**
 * Decode, detect, align and embed: the steps every face operation shares. Owns the two networks.
 * Thread-safe (see {@link YuNetDetector} and {@link FaceEmbedder}).
 */
public final class FacePipeline {

    private final FaceModelSettings settings;
    private final YuNetDetector detector;
    private final FaceEmbedder embedder;
    private final String modelId;

    /**
     * Loads both networks.
     *
     * @throws IllegalStateException when OpenCV or a model cannot be loaded (message names the file)
     */
    public FacePipeline(FaceModelSettings settings) {
        this.settings = settings;
        try {
            this.detector = new YuNetDetector(settings.detectorPath(), settings.detectScoreThreshold(),
                    settings.detectMaxSide());
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot load face detector " + settings.detectorPath() + ": " + e.getMessage(), e);
        }
        try {
            this.embedder = new FaceEmbedder(settings.embedderPath());
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot load embedding model " + settings.embedderPath() + ": " + e.getMessage(), e);
        }
        this.modelId = ModelFiles.modelId(settings.embedderPath());
    }

    public FaceModelSettings settings() {
        return settings;
    }

    /** Embedding model file name and sha256 prefix. */
    public String modelId() {
        return modelId;
    }

    /** Decodes any format OpenCV reads into 3-channel BGR; empty when the bytes are not an image. */
    static Optional<Mat> decode(byte[] image) {
        if (image == null || image.length == 0) {
            return Optional.empty();
        }
        MatOfByte buffer = new MatOfByte(image);
        Mat bgr = Imgcodecs.imdecode(buffer, Imgcodecs.IMREAD_COLOR);
        buffer.release();
        if (bgr.empty()) {
            bgr.release();
            return Optional.empty();
        }
        return Optional.of(bgr);
    }

    /** All faces in a BGR image, largest first. */
    List<DetectedFace> detect(Mat bgr) {
        return detector.detect(bgr);
    }

    /**
     * The largest face, trying harder on small or tightly cropped images: an image whose shorter side
     * is below {@code portraitMinSide} (an ID-card chip portrait is 102x126) is upscaled first, and
     * when nothing is found the image is padded by a quarter on each side, because YuNet misses
     * faces that fill the whole picture. Returns the face with the image it was found in (which
     * the caller must release when it differs from the input).
     */
    Optional<Located> locateMainFace(Mat bgr) {
        Mat work = bgr;
        int shortSide = Math.min(bgr.cols(), bgr.rows());
        if (shortSide < settings.portraitMinSide()) {
            double factor = (double) settings.portraitMinSide() / shortSide;
            work = new Mat();
            Imgproc.resize(bgr, work, new Size(Math.round(bgr.cols() * factor), Math.round(bgr.rows() * factor)),
                    0, 0, Imgproc.INTER_CUBIC);
        }
        List<DetectedFace> faces = detector.detect(work);
        if (!faces.isEmpty()) {
            return Optional.of(new Located(work, faces.get(0)));
        }
        int padX = work.cols() / 4;
        int padY = work.rows() / 4;
        Mat padded = new Mat();
        Scalar mean = Core.mean(work);
        Core.copyMakeBorder(work, padded, padY, padY, padX, padX, Core.BORDER_CONSTANT, mean);
        if (work != bgr) {
            work.release();
        }
        faces = detector.detect(padded);
        if (faces.isEmpty()) {
            padded.release();
            return Optional.empty();
        }
        return Optional.of(new Located(padded, faces.get(0)));
    }

    /** Aligns and embeds one face of the image it was found in. */
    float[] embed(Mat image, DetectedFace face, FaceTimer timer) {
        Mat aligned = FaceAligner.align(image, face);
        timer.lap(FaceTimer.Stage.ALIGN);
        float[] embedding = embedder.embed(aligned);
        aligned.release();
        timer.lap(FaceTimer.Stage.EMBED);
        return embedding;
    }

    /** Embeds the main face of an encoded image; empty when undecodable or faceless. */
    Optional<float[]> embedMainFace(byte[] image, FaceTimer timer) {
        Optional<Mat> decoded = decode(image);
        timer.lap(FaceTimer.Stage.DECODE);
        if (decoded.isEmpty()) {
            return Optional.empty();
        }
        Mat bgr = decoded.get();
        try {
            Optional<Located> located = locateMainFace(bgr);
            timer.lap(FaceTimer.Stage.DETECT);
            if (located.isEmpty()) {
                return Optional.empty();
            }
            Located found = located.get();
            try {
                return Optional.of(embed(found.image(), found.face(), timer));
            } finally {
                if (found.image() != bgr) {
                    found.image().release();
                }
            }
        } finally {
            bgr.release();
        }
    }

    /** A face and the (possibly rescaled or padded) image its coordinates refer to. */
    record Located(Mat image, DetectedFace face) {
    }
}
