package io.blindspots.baseline.domain;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * A random forest (Breiman 2001) as scikit-learn's {@code RandomForestClassifier()} grows it: 100 trees, each on a
 * bootstrap sample of n rows; at each node sqrt(p) candidate features, each cut at its best Gini threshold
 * ({@link RandomizedTree}); no depth limit, leaves of 1. Predicts by soft voting, as scikit-learn: the class of the
 * highest mean leaf probability over the trees. Trees are grown in parallel, each from its own seed, so a fit is
 * repeatable whatever the thread order. (Smile's {@code RandomForest}, with the same settings and on both cores, took
 * 2.4 times scikit-learn's time at 3,000 × 3,072, and votes by majority.)
 */
public final class RandomForestBaseline implements FittedModel {

    private final RandomizedTree[] trees;
    private final int classes;
    private final int features;

    private RandomForestBaseline(RandomizedTree[] trees, int classes, int features) {
        this.trees = trees;
        this.classes = classes;
        this.features = features;
    }

    /** @param trees trees in the forest; @param maxFeatures candidates per split, 0 for sqrt(p) */
    public record Options(int trees, int maxFeatures) {

        public Options {
            if (trees < 1 || maxFeatures < 0) {
                throw new IllegalArgumentException("random-forest options " + trees + "/" + maxFeatures);
            }
        }

        /** n_estimators 100, max_features "sqrt", bootstrap, min_samples_split 2, min_samples_leaf 1, no depth limit. */
        public static Options scikitLearn() {
            return new Options(100, 0);
        }
    }

    public static RandomForestBaseline fit(float[][] x, int[] y, int classCount, long seed, Options options) {
        if (x.length == 0 || x.length != y.length) {
            throw new IllegalArgumentException(x.length + " rows for " + y.length + " labels");
        }
        int p = x[0].length;
        int tries = options.maxFeatures() > 0 ? Math.min(p, options.maxFeatures()) : Math.max(1, (int) Math.sqrt(p));
        long[] seeds = new SplittableRandom(seed).longs(options.trees()).toArray();
        RandomizedTree[] trees = IntStream.range(0, options.trees()).parallel()
                .mapToObj(t -> {
                    SplittableRandom random = new SplittableRandom(seeds[t]);
                    int[] draws = new int[x.length]; // the bootstrap sample: how often each row was drawn
                    random.ints(x.length, 0, x.length).forEach(i -> draws[i]++);
                    return RandomizedTree.grow(x, y, classCount, draws, tries, RandomizedTree.Cut.BEST, random);
                })
                .toArray(RandomizedTree[]::new);
        return new RandomForestBaseline(trees, classCount, p);
    }

    @Override
    public int[] predict(float[][] x) {
        int[] predictions = new int[x.length];
        double[] votes = new double[classes];
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != features) {
                throw new IllegalArgumentException("a row of " + x[i].length + " features for a forest of "
                        + features);
            }
            RandomizedTree.vote(trees, x[i], votes);
            predictions[i] = Adam.argmax(votes);
        }
        return predictions;
    }
}
