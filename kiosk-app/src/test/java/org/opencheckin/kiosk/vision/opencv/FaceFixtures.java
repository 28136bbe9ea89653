package org.opencheckin.kiosk.vision.opencv;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.opencheckin.kiosk.vision.VisionTestResources;
import org.opencheckin.kiosk.vision.eval.LabelledPhotos;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.MatOfByte;
import org.opencv.core.MatOfInt;
import org.opencv.core.Rect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;

/**
 * One face pipeline per test JVM (loading the networks costs about 0.2 s), and image helpers that
 * build test inputs in memory from the shared photos; nothing is written to disk.
 */
final class FaceFixtures {

    private static FacePipeline pipeline;

    private FaceFixtures() {
    }

    static synchronized FacePipeline pipeline() {
        Path models = VisionTestResources.requireModels();
        if (pipeline == null) {
            pipeline = new FacePipeline(FaceModelSettings.defaults(models));
        }
        return pipeline;
    }

    static LabelledPhotos devPhotos() throws Exception {
        return LabelledPhotos.read(VisionTestResources.requireDevFaces());
    }

    static Mat read(Path file) throws Exception {
        Mat m = FacePipeline.decode(Files.readAllBytes(file)).orElseThrow();
        return m;
    }

    static byte[] jpeg(Mat image, int quality) {
        MatOfByte out = new MatOfByte();
        Imgcodecs.imencode(".jpg", image, out, new MatOfInt(Imgcodecs.IMWRITE_JPEG_QUALITY, quality));
        byte[] bytes = out.toArray();
        out.release();
        return bytes;
    }

    /**
     * An ID-card chip style portrait of the main face: head-and-shoulders crop at the 102:126 aspect,
     * shrunk to 102x126, greyscale, JPEG quality 30. Returns null when the photo has no face.
     */
    static byte[] idCardPortrait(Mat photo) {
        List<DetectedFace> faces = pipeline().detect(photo);
        if (faces.isEmpty()) {
            return null;
        }
        DetectedFace face = faces.get(0);
        double cx = face.x() + face.width() / 2;
        double cy = face.y() + face.height() / 2;
        double w = face.width() * 1.8;
        double h = w * 126 / 102;
        int pad = (int) Math.ceil(Math.max(w, h));
        Mat padded = new Mat();
        Core.copyMakeBorder(photo, padded, pad, pad, pad, pad, Core.BORDER_CONSTANT, new Scalar(200, 200, 200));
        Rect crop = new Rect((int) Math.round(cx - w / 2) + pad, (int) Math.round(cy - h * 0.45) + pad,
                (int) Math.round(w), (int) Math.round(h));
        Mat cropped = new Mat(padded, crop);
        Mat small = new Mat();
        Imgproc.resize(cropped, small, new Size(102, 126), 0, 0, Imgproc.INTER_AREA);
        Mat grey = new Mat();
        Imgproc.cvtColor(small, grey, Imgproc.COLOR_BGR2GRAY);
        byte[] bytes = jpeg(grey, 30);
        padded.release();
        small.release();
        grey.release();
        return bytes;
    }
}
