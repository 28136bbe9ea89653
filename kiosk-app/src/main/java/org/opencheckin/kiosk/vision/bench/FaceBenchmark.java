package org.opencheckin.kiosk.vision.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.opencheckin.kiosk.vision.FaceDecision;
import org.opencheckin.kiosk.vision.FaceScore;
import org.opencheckin.kiosk.vision.Frame;
import org.opencheckin.kiosk.vision.eval.LabelledPhotos;
import org.opencheckin.kiosk.vision.opencv.FaceModelSettings;
import org.opencheckin.kiosk.vision.opencv.FacePipeline;
import org.opencheckin.kiosk.vision.opencv.HeadTurnLivenessCheck;
import org.opencheckin.kiosk.vision.opencv.LivenessSettings;
import org.opencheckin.kiosk.vision.opencv.OpenCvFaceVerifier;
import org.opencheckin.kiosk.vision.opencv.OpenCvLiveFaceCheck;
import org.opencheckin.kiosk.vision.opencv.QualitySettings;
import org.opencheckin.kiosk.vision.opencv.CalibrationImages;
import org.opencv.core.Core;

/**
 * Latency of the face operations as the kiosk runs them: a 102x126 greyscale JPEG-30 ID portrait
 * against a 640x480 JPEG camera frame (both built in memory from the labelled photos), the quality
 * gate on one frame, and a 10-frame liveness evaluation. Single-threaded calls, OpenCV limited to
 * the given number of threads (default 2, the kiosk PC's budget). Prints a Markdown table.
 *
 * <pre>
 *   java -cp kiosk-app/target/classes:$(cat kiosk-app/target/cp.txt) \
 *       org.opencheckin.kiosk.vision.bench.FaceBenchmark ../shared/faces/dev [models-dir] [threads] [iterations]
 * </pre>
 */
public final class FaceBenchmark {

    private FaceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path photosDir = Path.of(args.length > 0 ? args[0] : "../shared/faces/dev");
        Path models = args.length > 1 ? Path.of(args[1]) : FaceModelSettings.defaultModelDir();
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        int iterations = args.length > 3 ? Integer.parseInt(args[3]) : 200;

        FacePipeline pipeline = new FacePipeline(FaceModelSettings.defaults(models));
        Core.setNumThreads(threads);
        OpenCvFaceVerifier verifier = new OpenCvFaceVerifier(pipeline);
        OpenCvLiveFaceCheck gate = new OpenCvLiveFaceCheck(pipeline, QualitySettings.defaults());
        HeadTurnLivenessCheck liveness = new HeadTurnLivenessCheck(pipeline, LivenessSettings.defaults());

        List<LabelledPhotos.Photo> photos = LabelledPhotos.read(photosDir).photos();
        List<byte[]> portraits = new ArrayList<>();
        List<byte[]> frames = new ArrayList<>();
        for (int i = 0; i + 1 < photos.size(); i++) {
            if (!photos.get(i).identity().equals(photos.get(i + 1).identity())) {
                continue;
            }
            byte[] portrait = CalibrationImages.idCardPortrait(pipeline, Files.readAllBytes(photos.get(i).file()));
            byte[] frame = CalibrationImages.cameraFrame(pipeline, Files.readAllBytes(photos.get(i + 1).file()));
            if (portrait != null && frame != null) {
                portraits.add(portrait);
                frames.add(frame);
            }
        }
        int pairs = portraits.size();
        System.out.printf(Locale.ROOT, "%d portrait/frame pairs, OpenCV threads %d, %d iterations, %d CPUs, load %.2f%n%n",
                pairs, Core.getNumThreads(), iterations, Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        int matches = 0;
        for (int k = 0; k < pairs; k++) {
            matches += verifier.verify(portraits.get(k), frames.get(k)).decision() == FaceDecision.MATCH ? 1 : 0;
        }
        int[] next = {0};
        double[] embed = new double[iterations];
        double[] detect = new double[iterations];
        Runnable verify = () -> {
            int k = next[0]++ % pairs;
            FaceScore s = verifier.verify(portraits.get(k), frames.get(k));
            int at = (next[0] - 1) % iterations;
            embed[at] = s.timings().embedMs();
            detect[at] = s.timings().detectMs();
        };
        double cpuBefore = processCpuMs();
        double[] verifyMs = time(verify, iterations);
        double cpuPerVerify = (processCpuMs() - cpuBefore) / (iterations + WARM_UP);
        double[] gateMs = time(() -> gate.check(Frame.of(frames.get(next[0]++ % pairs))), iterations);
        // A head turn both ways (frontal, one way, frontal, other way, ...) from three photos of one man in
        // three poses; elsewhere 10 frames of the dev set.
        List<Frame> sequence = new ArrayList<>();
        String[] turn = {"examples_obama.jpg", "examples_obama2.jpg", "examples_obama.jpg",
            "examples_knn_examples_test_obama1.jpg"};
        boolean turnAvailable = Arrays.stream(turn).allMatch(f -> Files.isRegularFile(photosDir.resolve(f)));
        for (int i = 0; i < 10; i++) {
            sequence.add(Frame.of(turnAvailable
                    ? CalibrationImages.cameraFrame(pipeline, Files.readAllBytes(photosDir.resolve(turn[i % 4])))
                    : frames.get(i % pairs)));
        }
        String livenessVerdict = liveness.evaluate(sequence).verdict().name();
        // Fresh Frame objects each time: the check remembers detections per frame, this times 10 new ones.
        double[] livenessMs = time(() -> liveness.evaluate(sequence.stream()
                .map(f -> Frame.of(f.image().clone())).toList()), Math.max(10, iterations / 10));

        System.out.println("| operation | min ms | p50 ms | p95 ms | mean ms |");
        System.out.println("|---|---|---|---|---|");
        row("verify (portrait 102x126 + frame 640x480, JPEG in)", verifyMs);
        row("  of which detection (both images)", detect);
        row("  of which embedding (both faces)", embed);
        row("quality gate, one 640x480 frame", gateMs);
        row("liveness, 10 new frames (verdict " + livenessVerdict + ")", livenessMs);
        System.out.printf(Locale.ROOT, "%nprocess CPU time per verification (all threads): %.1f ms%n", cpuPerVerify);
        System.out.printf(Locale.ROOT, "owner matched in %d of %d portrait/frame pairs%n", matches, pairs);
    }

    private static final int WARM_UP = 20;

    private static double processCpuMs() {
        return ((com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e6;
    }

    /** Runs a warm-up of 20 calls, then times each of {@code n} calls. */
    private static double[] time(Runnable op, int n) {
        for (int i = 0; i < WARM_UP; i++) {
            op.run();
        }
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            op.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        return ms;
    }

    private static void row(String name, double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f |%n", name, sorted[0], percentile(sorted, 50),
                percentile(sorted, 95), Arrays.stream(ms).average().orElse(0));
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
