package io.blindspots.baseline.domain;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Extremely randomised trees (Geurts et al. 2006) as scikit-learn's {@code ExtraTreesClassifier()} grows them, which
 * Smile lacks: 100 trees, each on all rows (no bootstrap); at each node, sqrt(p) candidate features drawn at random
 * (features constant in the node do not count, as in scikit-learn), each cut at a threshold drawn uniformly between
 * its minimum and maximum in the node, and the cut of least Gini impurity kept; grown until leaves are pure (min
 * leaf 1, no depth limit). Predicts the class of the highest mean leaf probability over the trees. Trees are grown
 * in parallel, each from its own seed, so a fit is repeatable whatever the thread order.
 */
public final class ExtraTrees implements FittedModel {

    private final RandomizedTree[] trees;
    private final int classes;
    private final int features;

    private ExtraTrees(RandomizedTree[] trees, int classes, int features) {
        this.trees = trees;
        this.classes = classes;
        this.features = features;
    }

    /** @param trees trees in the ensemble; @param maxFeatures candidates per split, 0 for sqrt(p) */
    public record Options(int trees, int maxFeatures) {

        public Options {
            if (trees < 1 || maxFeatures < 0) {
                throw new IllegalArgumentException("extra-trees options " + trees + "/" + maxFeatures);
            }
        }

        public static Options scikitLearn() {
            return new Options(100, 0);
        }
    }

    public static ExtraTrees fit(float[][] x, int[] y, int classCount, long seed, Options options) {
        if (x.length == 0 || x.length != y.length) {
            throw new IllegalArgumentException(x.length + " rows for " + y.length + " labels");
        }
        int p = x[0].length;
        int tries = options.maxFeatures() > 0 ? Math.min(p, options.maxFeatures()) : Math.max(1, (int) Math.sqrt(p));
        long[] seeds = new SplittableRandom(seed).longs(options.trees()).toArray();
        RandomizedTree[] trees = IntStream.range(0, options.trees()).parallel()
                .mapToObj(t -> {
                    int[] everyRowOnce = new int[x.length];
                    Arrays.fill(everyRowOnce, 1);
                    return RandomizedTree.grow(x, y, classCount, everyRowOnce, tries, RandomizedTree.Cut.RANDOM,
                            new SplittableRandom(seeds[t]));
                })
                .toArray(RandomizedTree[]::new);
        return new ExtraTrees(trees, classCount, p);
    }

    @Override
    public int[] predict(float[][] x) {
        int[] predictions = new int[x.length];
        double[] votes = new double[classes];
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != features) {
                throw new IllegalArgumentException("a row of " + x[i].length + " features for trees of " + features);
            }
            RandomizedTree.vote(trees, x[i], votes);
            predictions[i] = Adam.argmax(votes);
        }
        return predictions;
    }
}
