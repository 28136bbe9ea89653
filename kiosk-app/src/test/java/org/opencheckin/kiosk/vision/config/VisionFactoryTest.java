package org.opencheckin.kiosk.vision.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencheckin.kiosk.vision.Camera;
import org.opencheckin.kiosk.vision.FaceDecision;
import org.opencheckin.kiosk.vision.FaceVerifier;
import org.opencheckin.kiosk.vision.Frame;
import org.opencheckin.kiosk.vision.Guidance;
import org.opencheckin.kiosk.vision.LiveFaceCheck;
import org.opencheckin.kiosk.vision.LivenessCheck;
import org.opencheckin.kiosk.vision.LivenessVerdict;
import org.opencheckin.kiosk.vision.ModelStatus;
import org.opencheckin.kiosk.vision.QrCodeScanner;
import org.opencheckin.kiosk.vision.VisionModels;
import org.opencheckin.kiosk.vision.VisionTestResources;

/** The Micronaut wiring: with models the real pipeline, without them beans that say why and route to staff. */
class VisionFactoryTest {

    /** A bare context (no HTTP server, so no scheduler for the management health monitor). */
    private static Map<String, Object> props(String... keyValues) {
        Map<String, Object> props = new java.util.HashMap<>();
        props.put("micronaut.health.monitor.enabled", "false");
        for (int i = 0; i < keyValues.length; i += 2) {
            props.put(keyValues[i], keyValues[i + 1]);
        }
        return props;
    }

    @Test
    void withoutModelsTheKioskStartsAndLogsWhyAtStartUp() {
        ch.qos.logback.classic.Logger logger =
                (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(VisionFactory.class);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender =
                new ch.qos.logback.core.read.ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try (ApplicationContext ctx = ApplicationContext.run(props("kiosk.vision.model-dir", "/nonexistent/models"))) {
            assertThat(appender.list)
                    .anySatisfy(e -> {
                        assertThat(e.getLevel()).isEqualTo(ch.qos.logback.classic.Level.WARN);
                        assertThat(e.getFormattedMessage()).contains("identity checks go to staff")
                                .contains("fr_feature.onnx").contains("scripts/install-models.sh");
                    });
        } finally {
            logger.detachAppender(appender);
        }
    }

    @Test
    void withoutModelsEveryFaceBeanAnswersUnavailableWithTheReason() {
        try (ApplicationContext ctx = ApplicationContext.run(props("kiosk.vision.model-dir", "/nonexistent/models"))) {
            ModelStatus status = ctx.getBean(VisionModels.class).status();
            assertThat(status.faceVerification()).isFalse();
            assertThat(status.liveness()).isFalse();
            assertThat(status.missing()).containsExactly("face_detection_yunet_2023mar.onnx", "fr_feature.onnx");
            assertThat(status.reason()).contains("/nonexistent/models").contains("scripts/install-models.sh");

            var score = ctx.getBean(FaceVerifier.class).verify(new byte[] {1}, new byte[] {2});
            assertThat(score.decision()).isEqualTo(FaceDecision.UNAVAILABLE);
            assertThat(score.reason()).isEqualTo(status.reason());
            assertThat(ctx.getBean(LiveFaceCheck.class).check(Frame.of(new byte[] {1})).guidance())
                    .isEqualTo(Guidance.NO_FACE);
            assertThat(ctx.getBean(LivenessCheck.class).evaluate(List.of()).verdict())
                    .isEqualTo(LivenessVerdict.UNAVAILABLE);
            assertThat(ctx.getBean(QrCodeScanner.class)).isNotNull();
            assertThat(ctx.findBean(Camera.class)).as("no camera without kiosk.vision.camera.source").isEmpty();
        }
    }

    @Test
    void withModelsTheBeansAreReadyAndConfigured() {
        String models = VisionTestResources.requireModels().toString();
        try (ApplicationContext ctx = ApplicationContext.run(props(
                "kiosk.vision.model-dir", models,
                "kiosk.vision.match-threshold", "0.5",
                "kiosk.vision.camera.source", "/tmp/none_%03d.jpg"))) {
            ModelStatus status = ctx.getBean(VisionModels.class).status();
            assertThat(status.faceVerification()).as(status.reason()).isTrue();
            assertThat(status.reason()).startsWith("ready").contains("fr_feature.onnx@87aacdfe");
            assertThat(ctx.getBean(FaceVerifier.class).threshold()).isEqualTo(0.5);
            assertThat(ctx.getBean(Camera.class).source().location()).isEqualTo("/tmp/none_%03d.jpg");
        }
    }

    @Test
    void aCorruptModelIsReportedNotThrown(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("face_detection_yunet_2023mar.onnx"), "not a model");
        java.nio.file.Files.writeString(dir.resolve("fr_feature.onnx"), "not a model");
        try (ApplicationContext ctx = ApplicationContext.run(props("kiosk.vision.model-dir", dir.toString()))) {
            ModelStatus status = ctx.getBean(VisionModels.class).status();
            assertThat(status.faceVerification()).isFalse();
            assertThat(status.missing()).isEmpty();
            assertThat(status.reason()).contains("could not be loaded");
        }
    }
}
