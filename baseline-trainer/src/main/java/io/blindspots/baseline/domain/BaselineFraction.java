package io.blindspots.baseline.domain;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The share of the training split the baselines are fitted on (the paper used a quarter): a seeded, uniformly random
 * subset, the same for every baseline of a run. Not stratified: with thousands of images each class gets its share.
 */
public final class BaselineFraction {

    private BaselineFraction() {
    }

    /**
     * @param n        training images available
     * @param fraction share to keep, in (0, 1]
     * @param seed     the run's seed
     * @return the chosen indices, ascending (so rows are read in stream order); at least one
     */
    public static int[] sample(int n, double fraction, long seed) {
        if (n < 1) {
            throw new IllegalArgumentException("no training images to sample from");
        }
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("baseline fraction " + fraction + " is not in (0, 1]");
        }
        int keep = (int) Math.max(1, Math.min(n, Math.round(n * fraction)));
        int[] indices = new int[n];
        Arrays.setAll(indices, i -> i);
        SplittableRandom random = new SplittableRandom(seed);
        // A partial Fisher-Yates shuffle: the first 'keep' places hold a uniform sample without replacement.
        for (int i = 0; i < keep; i++) {
            int j = i + random.nextInt(n - i);
            int t = indices[i];
            indices[i] = indices[j];
            indices[j] = t;
        }
        int[] chosen = Arrays.copyOf(indices, keep);
        Arrays.sort(chosen);
        return chosen;
    }
}
