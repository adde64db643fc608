package io.blindspots.baseline.domain;

import java.util.ArrayDeque;
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

    private final Tree[] trees;
    private final int classes;
    private final int features;

    private ExtraTrees(Tree[] trees, int classes, int features) {
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
        Tree[] trees = IntStream.range(0, options.trees()).parallel()
                .mapToObj(t -> Tree.grow(x, y, classCount, tries, new SplittableRandom(seeds[t])))
                .toArray(Tree[]::new);
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
            Arrays.fill(votes, 0);
            for (Tree tree : trees) {
                float[] leaf = tree.leaf(x[i]);
                for (int c = 0; c < classes; c++) {
                    votes[c] += leaf[c];
                }
            }
            predictions[i] = Adam.argmax(votes);
        }
        return predictions;
    }

    /** Nodes in flat arrays; a leaf has feature -1 and its class distribution in {@code leaves}. */
    private record Tree(int[] feature, float[] threshold, int[] left, int[] right, float[][] leaves) {

        float[] leaf(float[] row) {
            int node = 0;
            while (feature[node] >= 0) {
                node = row[feature[node]] <= threshold[node] ? left[node] : right[node];
            }
            return leaves[node];
        }

        static Tree grow(float[][] x, int[] y, int k, int tries, SplittableRandom random) {
            int n = x.length;
            int p = x[0].length;
            int capacity = 2 * n; // a binary tree with at most n leaves has fewer than 2n nodes
            int[] feature = new int[capacity];
            float[] threshold = new float[capacity];
            int[] left = new int[capacity];
            int[] right = new int[capacity];
            float[][] leaves = new float[capacity][];
            int[] rows = new int[n];
            Arrays.setAll(rows, i -> i);
            int[] candidates = new int[p];
            Arrays.setAll(candidates, j -> j);
            int nodes = 1;
            ArrayDeque<int[]> pending = new ArrayDeque<>(); // {node, from, to}
            pending.push(new int[] {0, 0, n});
            int[] counts = new int[k];
            int[] leftCounts = new int[k];
            while (!pending.isEmpty()) {
                int[] task = pending.pop();
                int node = task[0];
                int from = task[1];
                int to = task[2];
                Arrays.fill(counts, 0);
                for (int r = from; r < to; r++) {
                    counts[y[rows[r]]]++;
                }
                int bestFeature = -1;
                float bestThreshold = 0;
                double bestImpurity = Double.POSITIVE_INFINITY;
                if (!pure(counts)) {
                    int tried = 0;
                    // A partial Fisher-Yates draw of features until 'tries' non-constant ones were cut.
                    for (int drawn = 0; drawn < p && tried < tries; drawn++) {
                        int pick = drawn + random.nextInt(p - drawn);
                        int f = candidates[pick];
                        candidates[pick] = candidates[drawn];
                        candidates[drawn] = f;
                        float min = Float.POSITIVE_INFINITY;
                        float max = Float.NEGATIVE_INFINITY;
                        for (int r = from; r < to; r++) {
                            float v = x[rows[r]][f];
                            min = Math.min(min, v);
                            max = Math.max(max, v);
                        }
                        if (!(max > min)) {
                            continue;
                        }
                        tried++;
                        float cut = (float) (min + random.nextDouble() * (max - min));
                        if (cut >= max) {
                            cut = min; // scikit-learn's guard: keep the right side non-empty
                        }
                        Arrays.fill(leftCounts, 0);
                        int leftSize = 0;
                        for (int r = from; r < to; r++) {
                            if (x[rows[r]][f] <= cut) {
                                leftCounts[y[rows[r]]]++;
                                leftSize++;
                            }
                        }
                        double impurity = weightedGini(leftCounts, counts, leftSize, to - from);
                        if (impurity < bestImpurity) {
                            bestImpurity = impurity;
                            bestFeature = f;
                            bestThreshold = cut;
                        }
                    }
                }
                if (bestFeature < 0) {
                    feature[node] = -1;
                    float[] distribution = new float[k];
                    for (int c = 0; c < k; c++) {
                        distribution[c] = (float) counts[c] / (to - from);
                    }
                    leaves[node] = distribution;
                    continue;
                }
                int split = from;
                for (int r = from; r < to; r++) {
                    if (x[rows[r]][bestFeature] <= bestThreshold) {
                        int t = rows[r];
                        rows[r] = rows[split];
                        rows[split++] = t;
                    }
                }
                feature[node] = bestFeature;
                threshold[node] = bestThreshold;
                left[node] = nodes++;
                right[node] = nodes++;
                pending.push(new int[] {left[node], from, split});
                pending.push(new int[] {right[node], split, to});
            }
            return new Tree(Arrays.copyOf(feature, nodes), Arrays.copyOf(threshold, nodes), Arrays.copyOf(left, nodes),
                    Arrays.copyOf(right, nodes), Arrays.copyOf(leaves, nodes));
        }

        private static boolean pure(int[] counts) {
            int nonZero = 0;
            for (int count : counts) {
                nonZero += count > 0 ? 1 : 0;
            }
            return nonZero <= 1;
        }

        /** Size-weighted Gini impurity of the two sides (lower is better). */
        private static double weightedGini(int[] leftCounts, int[] counts, int leftSize, int size) {
            int rightSize = size - leftSize;
            double leftSquares = 0;
            double rightSquares = 0;
            for (int c = 0; c < counts.length; c++) {
                leftSquares += (double) leftCounts[c] * leftCounts[c];
                double r = counts[c] - leftCounts[c];
                rightSquares += r * r;
            }
            double leftGini = leftSize == 0 ? 0 : leftSize - leftSquares / leftSize;
            double rightGini = rightSize == 0 ? 0 : rightSize - rightSquares / rightSize;
            return leftGini + rightGini;
        }
    }
}
