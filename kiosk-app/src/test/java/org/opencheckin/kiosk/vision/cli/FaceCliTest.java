package org.opencheckin.kiosk.vision.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opencheckin.kiosk.vision.VisionTestResources;
import org.junit.jupiter.api.Test;

class FaceCliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return FaceCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private double number(String field) {
        Matcher m = Pattern.compile("\"" + field + "\": (-?[0-9.E-]+)").matcher(out.toString());
        assertThat(m.find()).as(field + " in " + out).isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void handlesOnlyItsOwnCommands() {
        assertThat(FaceCli.handles(new String[] {"face-verify", "a", "b"})).isTrue();
        assertThat(FaceCli.handles(new String[] {"face-eval", "dir"})).isTrue();
        assertThat(FaceCli.handles(new String[] {"--port", "8080"})).isFalse();
        assertThat(FaceCli.handles(new String[0])).isFalse();
    }

    @Test
    void faceEvalPrintsMetricsAsJson() {
        Path models = VisionTestResources.requireModels();
        Path dev = VisionTestResources.requireDevFaces();

        int code = run("face-eval", dev.toString(), "--models", models.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(number("pairs")).isEqualTo(1326);
        assertThat(number("genuine") + number("impostor")).isEqualTo(1326);
        assertThat(number("rocAuc")).isGreaterThanOrEqualTo(0.99);
        assertThat(number("eer")).isLessThanOrEqualTo(0.02);
        assertThat(number("frrAtFar0_1pct")).isBetween(0.0, 1.0);
        assertThat(number("threshold")).isEqualTo(0.42);
    }

    @Test
    void faceVerifyPrintsScoreDecisionAndTimings() {
        Path models = VisionTestResources.requireModels();
        Path dev = VisionTestResources.requireDevFaces();

        int code = run("face-verify", dev.resolve("examples_obama.jpg").toString(),
                dev.resolve("examples_obama2.jpg").toString(), "--models", models.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("\"decision\": \"MATCH\"").contains("\"timingsMs\": {");
        assertThat(number("score")).isGreaterThan(number("threshold"));
        assertThat(number("total")).isPositive();
    }

    @Test
    void missingModelsGiveAClearErrorAndExitCodeOne() {
        int code = run("face-verify", "a.jpg", "b.jpg", "--models", "/nonexistent/models");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("not found").contains("scripts/install-models.sh");
    }
}
