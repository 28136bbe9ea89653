package org.opencheckin.kiosk.vision.opencv;

import java.nio.file.Path;
import org.opencv.core.Mat;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.dnn.Dnn;
import org.opencv.dnn.Net;

/**
 * 112x112 face embedding network ({@code fr_feature.onnx}: 512-d, RGB input normalised as
 * (x - 127) / 128). {@code FaceRecognizerSF.feature()} would feed it raw 0..255 pixels meant for
 * SFace, which ruins the scores, so the blob is built here.
 *
 * <p>Thread-safe: forward passes are serialised on the network.
 */
final class FaceEmbedder {

    private final Net net;

    FaceEmbedder(Path model) {
        OpenCvNatives.load();
        this.net = Dnn.readNetFromONNX(model.toString());
        if (net.empty()) {
            throw new IllegalStateException("embedding model " + model.getFileName() + " loaded empty");
        }
    }

    /** L2-normalised embedding of an aligned 112x112 BGR crop. */
    float[] embed(Mat aligned) {
        Mat blob = Dnn.blobFromImage(aligned, 1 / 128.0, new Size(FaceAligner.SIZE, FaceAligner.SIZE),
                new Scalar(127, 127, 127), true, false);
        Mat out;
        synchronized (net) {
            net.setInput(blob);
            out = net.forward();
        }
        float[] v = new float[(int) out.total()];
        Mat row = out.reshape(1, 1);
        row.get(0, 0, v);
        row.release();
        blob.release();
        out.release();
        double sum = 0;
        for (float x : v) {
            sum += x * x;
        }
        float inv = (float) (1.0 / Math.max(Math.sqrt(sum), 1e-12));
        for (int i = 0; i < v.length; i++) {
            v[i] *= inv;
        }
        return v;
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
