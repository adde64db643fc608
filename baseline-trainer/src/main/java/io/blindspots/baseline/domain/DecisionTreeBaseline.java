package io.blindspots.baseline.domain;

import smile.classification.DecisionTree;
import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.data.vector.ValueVector;
import smile.model.cart.SplitRule;

/**
 * A CART decision tree (Smile's {@link DecisionTree}) on raw pixels, grown as scikit-learn's
 * {@code DecisionTreeClassifier()} grows it by default, the baseline the paper compared against.
 */
public final class DecisionTreeBaseline implements FittedModel {

    /** The response column; predictors are Smile's default names V1..Vp, the same at fit and predict. */
    private static final String LABEL = "y";

    private final DecisionTree tree;
    private final int features;

    private DecisionTreeBaseline(DecisionTree tree, int features) {
        this.tree = tree;
        this.features = features;
    }

    /**
     * Smile's tree options.
     *
     * @param rule     impurity of a split
     * @param maxDepth deepest level a node may be split at
     * @param maxNodes most leaves; {@link Integer#MAX_VALUE} makes Smile grow depth-first without a leaf budget
     * @param nodeSize fewest training rows in a leaf
     */
    public record Options(SplitRule rule, int maxDepth, int maxNodes, int nodeSize) {

        public Options {
            if (maxDepth < 2 || maxNodes < 2 || nodeSize < 1) {
                throw new IllegalArgumentException("tree options " + maxDepth + "/" + maxNodes + "/" + nodeSize
                        + ": maxDepth and maxNodes must be >= 2, nodeSize >= 1");
            }
        }

        /**
         * scikit-learn's defaults, where Smile's own differ:
         * <ul>
         *   <li>criterion "gini": the same as Smile's default;</li>
         *   <li>max_depth None: Smile needs a number (default 20), so the largest int, i.e. no limit;</li>
         *   <li>max_leaf_nodes None: Smile's default 0 means at most n / nodeSize leaves, grown best-first; the
         *       largest int switches Smile to depth-first growth without a budget, as scikit-learn grows a tree
         *       when it has no leaf budget;</li>
         *   <li>min_samples_leaf 1 (and min_samples_split 2, which follows from it): Smile's default node size is
         *       5.</li>
         * </ul>
         * Left as they are: Smile tries split points only where the label changes (which cannot miss the best Gini
         * split), treats values closer than 1e-7 as equal (so a signal scale below that cannot be split on, where
         * scikit-learn's limit is float32 resolution), and takes the first best feature where scikit-learn breaks ties
         * at random.
         */
        public static Options scikitLearn() {
            return new Options(SplitRule.GINI, Integer.MAX_VALUE, Integer.MAX_VALUE, 1);
        }
    }

    /**
     * Grows the tree.
     *
     * @param x rows of features, all of the same width
     * @param y one label per row
     */
    public static DecisionTreeBaseline fit(float[][] x, int[] y, Options options) {
        if (x.length == 0 || x.length != y.length) {
            throw new IllegalArgumentException(x.length + " rows for " + y.length + " labels");
        }
        DataFrame data = DataFrame.of(x).add(ValueVector.of(LABEL, y));
        DecisionTree tree = DecisionTree.fit(Formula.lhs(LABEL), data,
                new DecisionTree.Options(options.rule(), options.maxDepth(), options.maxNodes(), options.nodeSize()));
        return new DecisionTreeBaseline(tree, x[0].length);
    }

    @Override
    public int[] predict(float[][] x) {
        if (x.length == 0) {
            return new int[0];
        }
        if (x[0].length != features) {
            throw new IllegalArgumentException("rows of " + x[0].length + " features for a tree of " + features);
        }
        return tree.predict(DataFrame.of(x));
    }

    /** Nodes of the fitted tree, internal and leaves. */
    public int size() {
        return tree.size();
    }
}
