package org.opencheckin.kiosk.vision.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import org.opencheckin.kiosk.vision.FaceScore;
import org.opencheckin.kiosk.vision.eval.FaceEvaluation;
import org.opencheckin.kiosk.vision.eval.LabelledPhotos;
import org.opencheckin.kiosk.vision.eval.VerificationMetrics;
import org.opencheckin.kiosk.vision.opencv.FaceModelSettings;
import org.opencheckin.kiosk.vision.opencv.FacePipeline;
import org.opencheckin.kiosk.vision.opencv.OpenCvFaceVerifier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Face calibration and audit commands, in the kiosk jar:
 * <pre>
 *   face-verify A.jpg B.jpg   -&gt; {"score", "decision", "threshold", "modelId", "timingsMs": {...}}
 *   face-eval DIR             -&gt; {"pairs", "genuine", "impostor", "rocAuc", "eer", "frrAtFar0_1pct", "threshold", ...}
 * </pre>
 * The kiosk's main class delegates here when {@link #handles(String[])} is true:
 * {@code if (FaceCli.handles(args)) System.exit(FaceCli.run(args));}. Also runnable on its own:
 * {@code java -cp kiosk-app.jar:<dependencies> org.opencheckin.kiosk.vision.cli.FaceCli face-eval DIR}.
 * Output is JSON on stdout; errors go to stderr with exit code 2 (bad input) or 1 (failure).
 * Never prints image bytes or anything but file names.
 */
@Command(name = "kiosk", mixinStandardHelpOptions = true,
        subcommands = {FaceCli.Verify.class, FaceCli.Eval.class},
        description = "Face verification calibration and audit tools.")
public final class FaceCli {

    private static final Set<String> COMMANDS = Set.of("face-verify", "face-eval");

    /** True when the first argument names one of this CLI's commands. */
    public static boolean handles(String[] args) {
        return args != null && args.length > 0 && COMMANDS.contains(args[0]);
    }

    /** Runs the command line and returns the exit code (does not call System.exit). */
    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new FaceCli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + e.getMessage());
            return 1;
        });
        return cli.execute(args);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Options shared by both commands. */
    static class ModelOptions {
        @Option(names = "--models", paramLabel = "DIR",
                description = "model directory (default: -Dmodels.dir, $KIOSK_VISION_MODEL_DIR, ./models or ../models)")
        Path modelDir;

        @Option(names = "--threshold", description = "cosine match threshold (default: ${DEFAULT-VALUE})",
                defaultValue = "" + FaceModelSettings.DEFAULT_MATCH_THRESHOLD)
        double threshold;

        OpenCvFaceVerifier verifier() {
            Path dir = modelDir != null ? modelDir : FaceModelSettings.defaultModelDir();
            FaceModelSettings settings = FaceModelSettings.defaults(dir).withMatchThreshold(threshold);
            for (Path model : new Path[] {settings.detectorPath(), settings.embedderPath()}) {
                if (!Files.isRegularFile(model)) {
                    throw new IllegalStateException("model " + model + " not found; run scripts/install-models.sh");
                }
            }
            return new OpenCvFaceVerifier(new FacePipeline(settings));
        }
    }

    @Command(name = "face-verify", mixinStandardHelpOptions = true,
            description = "Compares the main face of two images (first: document portrait, second: live frame).")
    static final class Verify implements Callable<Integer> {
        @CommandLine.Mixin
        ModelOptions models;

        @Parameters(index = "0", paramLabel = "A", description = "document portrait image")
        Path portrait;

        @Parameters(index = "1", paramLabel = "B", description = "live frame image")
        Path live;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            OpenCvFaceVerifier verifier = models.verifier();
            FaceScore score = verifier.verify(Files.readAllBytes(portrait), Files.readAllBytes(live));
            Json timings = new Json()
                    .put("decode", score.timings().decodeMs())
                    .put("detect", score.timings().detectMs())
                    .put("align", score.timings().alignMs())
                    .put("embed", score.timings().embedMs())
                    .put("total", score.timings().totalMs());
            spec.commandLine().getOut().println(new Json()
                    .put("score", score.score())
                    .put("decision", score.decision().name())
                    .put("threshold", score.threshold())
                    .put("modelId", score.modelId())
                    .put("reason", score.reason())
                    .put("timingsMs", timings));
            return 0;
        }
    }

    @Command(name = "face-eval", mixinStandardHelpOptions = true,
            description = "Scores every genuine and impostor pair of DIR/labels.csv (file,identity).")
    static final class Eval implements Callable<Integer> {
        @CommandLine.Mixin
        ModelOptions models;

        @Parameters(index = "0", paramLabel = "DIR", description = "directory with labels.csv and the photos")
        Path dir;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            LabelledPhotos photos = LabelledPhotos.read(dir);
            OpenCvFaceVerifier verifier = models.verifier();
            long start = System.nanoTime();
            FaceEvaluation.Result result = FaceEvaluation.run(photos,
                    photo -> verifier.embedding(LabelledPhotos.bytes(photo)),
                    OpenCvFaceVerifier::similarity, verifier.threshold());
            double seconds = (System.nanoTime() - start) / 1e9;
            spec.commandLine().getOut().println(report(result, photos.photos().size(), seconds));
            return 0;
        }
    }

    static Json report(FaceEvaluation.Result result, int photos, double seconds) {
        VerificationMetrics m = result.metrics();
        return new Json()
                .put("photos", photos)
                .put("pairs", result.pairs())
                .put("genuine", m.genuine())
                .put("impostor", m.impostor())
                .put("rocAuc", m.rocAuc())
                .put("eer", m.eer())
                .put("eerThreshold", m.eerThreshold())
                .put("frrAtFar0_1pct", m.frrAtFar0_1pct())
                .put("thresholdAtFar0_1pct", m.thresholdAtFar0_1pct())
                .put("threshold", m.threshold())
                .put("farAtThreshold", m.farAtThreshold())
                .put("frrAtThreshold", m.frrAtThreshold())
                .put("minGenuineScore", java.util.Arrays.stream(result.genuineScores()).min().orElse(Double.NaN))
                .put("maxImpostorScore", java.util.Arrays.stream(result.impostorScores()).max().orElse(Double.NaN))
                .put("photosWithoutFace", result.photosWithoutFace())
                .put("seconds", seconds);
    }
}
