package org.opencheckin.kiosk.vision.eval;

import java.util.Arrays;

/**
 * Error rates of a 1:1 verifier from its genuine (same person) and impostor (different people)
 * scores. A pair is accepted when its score is at or above the threshold.
 *
 * @param genuine         number of genuine pairs
 * @param impostor        number of impostor pairs
 * @param rocAuc          area under the ROC curve: probability that a random genuine pair scores above
 *                        a random impostor pair (ties count half)
 * @param eer             equal error rate: where false accepts and false rejects are (nearly) equal
 * @param eerThreshold    threshold at which {@code eer} was found
 * @param frrAtFar0_1pct  false-reject rate at the lowest threshold whose false-accept rate is <= 0.1 %
 * @param thresholdAtFar0_1pct that threshold
 * @param threshold       the operating threshold being reported on
 * @param farAtThreshold  false-accept rate at {@code threshold}
 * @param frrAtThreshold  false-reject rate at {@code threshold}
 */
public record VerificationMetrics(int genuine, int impostor, double rocAuc, double eer, double eerThreshold,
                                  double frrAtFar0_1pct, double thresholdAtFar0_1pct, double threshold,
                                  double farAtThreshold, double frrAtThreshold) {

    /** Target false-accept rate of {@link #frrAtFar0_1pct}. */
    public static final double FAR_TARGET = 0.001;

    /**
     * Computes the metrics. Pairs that could not be scored (no face) should be passed as a score
     * below any threshold, e.g. -1, so that they count as rejects.
     */
    public static VerificationMetrics of(double[] genuineScores, double[] impostorScores, double threshold) {
        if (genuineScores.length == 0 || impostorScores.length == 0) {
            throw new IllegalArgumentException("need at least one genuine and one impostor score");
        }
        double[] g = genuineScores.clone();
        double[] i = impostorScores.clone();
        Arrays.sort(g);
        Arrays.sort(i);
        double auc = auc(g, i);

        double[] candidates = new double[g.length + i.length + 1];
        System.arraycopy(g, 0, candidates, 0, g.length);
        System.arraycopy(i, 0, candidates, g.length, i.length);
        candidates[candidates.length - 1] = Math.nextUp(Math.max(g[g.length - 1], i[i.length - 1]));
        Arrays.sort(candidates);

        double eer = 1;
        double eerThreshold = Double.NaN;
        double bestGap = Double.MAX_VALUE;
        double frrAtTarget = 1;
        double thresholdAtTarget = Double.NaN;
        boolean targetFound = false;
        for (double t : candidates) {
            double far = far(i, t);
            double frr = frr(g, t);
            double gap = Math.abs(far - frr);
            if (gap < bestGap) {
                bestGap = gap;
                eer = (far + frr) / 2;
                eerThreshold = t;
            }
            if (!targetFound && far <= FAR_TARGET) {
                targetFound = true;
                frrAtTarget = frr;
                thresholdAtTarget = t;
            }
        }
        return new VerificationMetrics(g.length, i.length, auc, eer, eerThreshold, frrAtTarget, thresholdAtTarget,
                threshold, far(i, threshold), frr(g, threshold));
    }

    /** Fraction of sorted impostor scores at or above t. */
    static double far(double[] sortedImpostor, double t) {
        return (double) (sortedImpostor.length - lowerBound(sortedImpostor, t)) / sortedImpostor.length;
    }

    /** Fraction of sorted genuine scores below t. */
    static double frr(double[] sortedGenuine, double t) {
        return (double) lowerBound(sortedGenuine, t) / sortedGenuine.length;
    }

    /** Index of the first element >= t. */
    private static int lowerBound(double[] sorted, double t) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Mann-Whitney U over sorted arrays: O((n + m) log m). */
    private static double auc(double[] g, double[] i) {
        double wins = 0;
        for (double s : g) {
            int below = lowerBound(i, s);
            int upTo = lowerBound(i, Math.nextUp(s));
            wins += below + 0.5 * (upTo - below);
        }
        return wins / ((double) g.length * i.length);
    }
}
