package io.blindspots.results.domain;

import io.blindspots.events.views.RelianceVerdict;

import java.util.List;

/**
 * Decides whether a model follows the injected signal, from the conflict split, where an image of class c carries
 * the signal of class (c+1) mod K.
 *
 * <p>Per run: x of the n conflict images are predicted as (c+1) mod K (x = signal reliance × n). The yardstick p0 is
 * the same model's share of clean-split predictions naming (c+1) mod K: a clean image differs from its conflict twin
 * by the signal alone, so a model that ignores the signal shows reliance p0. With the exact one-sided Clopper–Pearson
 * bounds of confidence 1 − {@link #ALPHA} on the true reliance p:
 * <ul>
 *   <li><b>uses the signal</b> when the lower bound exceeds p0 + {@link #MARGIN} (equivalently, the exact binomial
 *   test of H0: p ≤ p0 + margin rejects at level alpha);</li>
 *   <li><b>ignores it</b> when the upper bound is at most p0 + margin (the test of H0: p ≥ p0 + margin rejects);</li>
 *   <li><b>cannot tell</b> otherwise, or when n or p0 is unknown.</li>
 * </ul>
 * Over several runs (seeds) of a cell, the verdict is the runs' common verdict, and "cannot tell" when they differ.
 */
final class RelianceJudge {

    /** Level of each one-sided test. */
    static final double ALPHA = 0.01;
    /** How far above a signal-blind model's reliance a model must be, or be shown not to be. */
    static final double MARGIN = 0.05;
    /** The two-sided confidence of an interval whose bounds are each one-sided at {@link #ALPHA}: 98 %. */
    static final double INTERVAL_CONFIDENCE = 1 - 2 * ALPHA;

    private RelianceJudge() {
    }

    /**
     * @param reliance share of the conflict split's predictions that follow the signal
     * @param images   size of the conflict split, null when unknown
     * @param chance   the model's clean-split share of predictions naming (c+1) mod K, null when unknown
     */
    static RelianceVerdict judge(Double reliance, Long images, Double chance) {
        if (reliance == null || images == null || images <= 0 || chance == null) {
            return RelianceVerdict.CANNOT_TELL;
        }
        int n = Math.toIntExact(images);
        int followed = (int) Math.round(reliance * n);
        double threshold = chance + MARGIN;
        if (Binomial.lowerBound(followed, n, ALPHA) > threshold) {
            return RelianceVerdict.USES_SIGNAL;
        }
        if (Binomial.upperBound(followed, n, ALPHA) <= threshold) {
            return RelianceVerdict.IGNORES_SIGNAL;
        }
        return RelianceVerdict.CANNOT_TELL;
    }

    /** The verdict of a cell: its runs' common verdict; "cannot tell" for none or for runs that disagree. */
    static RelianceVerdict combine(List<RelianceVerdict> perRun) {
        return perRun.isEmpty() || perRun.stream().distinct().count() > 1 ? RelianceVerdict.CANNOT_TELL
                : perRun.getFirst();
    }
}
