package io.blindspots.baseline.domain;

import smile.classification.RandomForest;
import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.data.vector.ValueVector;
import smile.model.cart.SplitRule;

import java.util.SplittableRandom;

/** Smile's {@link RandomForest} on raw pixels, grown as scikit-learn's {@code RandomForestClassifier()} grows it. */
public final class RandomForestBaseline implements FittedModel {

    private static final String LABEL = "y";

    private final RandomForest forest;
    private final int features;

    private RandomForestBaseline(RandomForest forest, int features) {
        this.forest = forest;
        this.features = features;
    }

    /**
     * @param trees    trees in the forest
     * @param maxDepth deepest level a node may be split at
     * @param nodeSize fewest training rows in a leaf
     */
    public record Options(int trees, int maxDepth, int nodeSize) {

        public Options {
            if (trees < 1 || maxDepth < 2 || nodeSize < 1) {
                throw new IllegalArgumentException("forest options " + trees + "/" + maxDepth + "/" + nodeSize
                        + ": trees >= 1, maxDepth >= 2, nodeSize >= 1");
            }
        }

        /**
         * scikit-learn's defaults where Smile's differ: n_estimators 100 (Smile: 500); max_depth None (Smile: 20);
         * min_samples_leaf 1 (Smile: 5); no leaf budget, grown depth-first (Smile: n / nodeSize leaves, best-first).
         * The same in both: Gini, sqrt(p) candidate features per split (Smile's mtry 0), bootstrap samples of n rows,
         * majority of the trees' votes (scikit-learn averages leaf probabilities, the same with pure leaves).
         */
        public static Options scikitLearn() {
            return new Options(100, Integer.MAX_VALUE, 1);
        }
    }

    /** Grows the forest, each tree seeded from {@code seed}, so a run is repeatable whatever the thread order. */
    public static RandomForestBaseline fit(float[][] x, int[] y, long seed, Options options) {
        if (x.length == 0 || x.length != y.length) {
            throw new IllegalArgumentException(x.length + " rows for " + y.length + " labels");
        }
        long[] seeds = new SplittableRandom(seed).longs(options.trees()).toArray();
        DataFrame data = DataFrame.of(x).add(ValueVector.of(LABEL, y));
        RandomForest forest = RandomForest.fit(Formula.lhs(LABEL), data,
                new RandomForest.Options(options.trees(), 0, SplitRule.GINI, options.maxDepth(), Integer.MAX_VALUE,
                        options.nodeSize(), 1.0, null, seeds, null));
        return new RandomForestBaseline(forest, x[0].length);
    }

    @Override
    public int[] predict(float[][] x) {
        if (x.length == 0) {
            return new int[0];
        }
        if (x[0].length != features) {
            throw new IllegalArgumentException("rows of " + x[0].length + " features for a forest of " + features);
        }
        return forest.predict(DataFrame.of(x));
    }
}
