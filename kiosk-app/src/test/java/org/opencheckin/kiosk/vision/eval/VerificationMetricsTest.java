package org.opencheckin.kiosk.vision.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class VerificationMetricsTest {

    @Test
    void perfectSeparationHasAucOneAndNoErrors() {
        VerificationMetrics m = VerificationMetrics.of(new double[] {0.6, 0.7, 0.8}, new double[] {0.1, 0.2, 0.3}, 0.5);

        assertThat(m.rocAuc()).isEqualTo(1.0);
        assertThat(m.eer()).isZero();
        assertThat(m.farAtThreshold()).isZero();
        assertThat(m.frrAtThreshold()).isZero();
        assertThat(m.frrAtFar0_1pct()).isZero();
    }

    @Test
    void overlapIsCountedPairByPair() {
        // genuine {0.4, 0.6}, impostor {0.5, 0.1}: of the 4 (g, i) pairs, 3 are ordered right.
        VerificationMetrics m = VerificationMetrics.of(new double[] {0.4, 0.6}, new double[] {0.5, 0.1}, 0.45);

        assertThat(m.rocAuc()).isCloseTo(0.75, within(1e-12));
        assertThat(m.farAtThreshold()).isEqualTo(0.5);
        assertThat(m.frrAtThreshold()).isEqualTo(0.5);
        assertThat(m.eer()).isEqualTo(0.5);
        // FAR <= 0.1 % needs a threshold above 0.5, which rejects the 0.4 genuine pair.
        assertThat(m.frrAtFar0_1pct()).isEqualTo(0.5);
        assertThat(m.thresholdAtFar0_1pct()).isEqualTo(0.6);
    }

    @Test
    void tiesCountHalfAndScoresAtTheThresholdAreAccepted() {
        VerificationMetrics m = VerificationMetrics.of(new double[] {0.5}, new double[] {0.5}, 0.5);

        assertThat(m.rocAuc()).isEqualTo(0.5);
        assertThat(m.farAtThreshold()).isEqualTo(1.0);
        assertThat(m.frrAtThreshold()).isZero();
    }
}
