package io.blindspots.baseline.domain;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * One tree of a randomised ensemble, grown as scikit-learn's {@code DecisionTreeClassifier} grows the trees of
 * {@code ExtraTreesClassifier} and {@code RandomForestClassifier}: Gini; at each node up to {@code tries} candidate
 * features drawn at random without replacement, features constant in the node not counting (drawing goes on until
 * {@code tries} non-constant ones were cut or every feature was drawn); grown until leaves are pure or no candidate
 * cuts (min_samples_split 2, min_samples_leaf 1, no depth limit). A leaf holds its rows' class fractions. Nodes in
 * flat arrays; a leaf has feature -1.
 */
record RandomizedTree(int[] feature, float[] threshold, int[] left, int[] right, float[][] leaves) {

    /** How a candidate feature is cut. */
    enum Cut {
        /** Extra-trees: one threshold drawn uniformly between the feature's minimum and maximum in the node. */
        RANDOM,
        /** Random forest: the best threshold, midway between consecutive distinct values in the node. */
        BEST
    }

    float[] leaf(float[] row) {
        int node = 0;
        while (feature[node] >= 0) {
            node = row[feature[node]] <= threshold[node] ? left[node] : right[node];
        }
        return leaves[node];
    }

    /** Adds every tree's leaf fractions for {@code row} into {@code sums}: the ensemble's soft vote, times trees. */
    static void vote(RandomizedTree[] trees, float[] row, double[] sums) {
        Arrays.fill(sums, 0);
        for (RandomizedTree tree : trees) {
            float[] leaf = tree.leaf(row);
            for (int c = 0; c < sums.length; c++) {
                sums[c] += leaf[c];
            }
        }
    }

    /**
     * @param weights per training row, how often the tree sees it (a bootstrap's draw counts; 1 for every row without
     *                one): as scikit-learn, a row drawn twice is one row of weight 2, which grows the same tree as two
     *                copies on fewer rows
     */
    static RandomizedTree grow(float[][] x, int[] y, int k, int[] weights, int tries, Cut cut,
                               SplittableRandom random) {
        int[] rows = IntStream.range(0, x.length).filter(i -> weights[i] > 0).toArray();
        int n = rows.length;
        int p = x[0].length;
        int capacity = 2 * n; // a binary tree with at most n leaves has fewer than 2n nodes
        int[] feature = new int[capacity];
        float[] threshold = new float[capacity];
        int[] left = new int[capacity];
        int[] right = new int[capacity];
        float[][] leaves = new float[capacity][];
        int[] candidates = new int[p];
        Arrays.setAll(candidates, j -> j);
        Split split = new Split(n, k, weights);
        int nodes = 1;
        ArrayDeque<int[]> pending = new ArrayDeque<>(); // {node, from, to}
        pending.push(new int[] {0, 0, n});
        while (!pending.isEmpty()) {
            int[] task = pending.pop();
            int node = task[0];
            int from = task[1];
            int to = task[2];
            split.start(y, rows, from, to);
            if (!split.pure()) {
                int tried = 0;
                for (int drawn = 0; drawn < p && tried < tries; drawn++) { // a partial Fisher-Yates draw
                    int pick = drawn + random.nextInt(p - drawn);
                    int f = candidates[pick];
                    candidates[pick] = candidates[drawn];
                    candidates[drawn] = f;
                    boolean cutMade = cut == Cut.BEST ? split.best(x, y, rows, from, to, f)
                            : split.random(x, y, rows, from, to, f, random);
                    tried += cutMade ? 1 : 0;
                }
            }
            if (split.feature < 0) {
                feature[node] = -1;
                leaves[node] = split.fractions();
                continue;
            }
            int middle = from;
            for (int r = from; r < to; r++) {
                if (x[rows[r]][split.feature] <= split.threshold) {
                    int t = rows[r];
                    rows[r] = rows[middle];
                    rows[middle++] = t;
                }
            }
            feature[node] = split.feature;
            threshold[node] = split.threshold;
            left[node] = nodes++;
            right[node] = nodes++;
            pending.push(new int[] {left[node], from, middle});
            pending.push(new int[] {right[node], middle, to});
        }
        return new RandomizedTree(Arrays.copyOf(feature, nodes), Arrays.copyOf(threshold, nodes),
                Arrays.copyOf(left, nodes), Arrays.copyOf(right, nodes), Arrays.copyOf(leaves, nodes));
    }

    /** The search for one node's cut, with its buffers. */
    private static final class Split {

        final int[] weights;
        final int[] counts;
        final int[] leftCounts;
        final long[] keys;
        final float[] values;
        int total;
        int feature;
        float threshold;
        double impurity;

        Split(int n, int k, int[] weights) {
            this.weights = weights;
            counts = new int[k];
            leftCounts = new int[k];
            keys = new long[n];
            values = new float[n];
        }

        /** Counts the node's weighted classes. */
        void start(int[] y, int[] rows, int from, int to) {
            Arrays.fill(counts, 0);
            total = 0;
            for (int r = from; r < to; r++) {
                counts[y[rows[r]]] += weights[rows[r]];
                total += weights[rows[r]];
            }
            feature = -1;
            impurity = Double.POSITIVE_INFINITY;
        }

        boolean pure() {
            int nonZero = 0;
            for (int count : counts) {
                nonZero += count > 0 ? 1 : 0;
            }
            return nonZero <= 1;
        }

        float[] fractions() {
            float[] distribution = new float[counts.length];
            for (int c = 0; c < counts.length; c++) {
                distribution[c] = (float) counts[c] / total;
            }
            return distribution;
        }

        /** Tries one uniform threshold of feature {@code f}; false when it is constant in the node. */
        boolean random(float[][] x, int[] y, int[] rows, int from, int to, int f, SplittableRandom random) {
            float min = Float.POSITIVE_INFINITY;
            float max = Float.NEGATIVE_INFINITY;
            for (int r = from; r < to; r++) {
                float v = x[rows[r]][f];
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            if (!(max > min)) {
                return false;
            }
            float cut = (float) (min + random.nextDouble() * (max - min));
            if (cut >= max) {
                cut = min; // scikit-learn's guard: keep the right side non-empty
            }
            Arrays.fill(leftCounts, 0);
            int leftWeight = 0;
            for (int r = from; r < to; r++) {
                if (x[rows[r]][f] <= cut) {
                    leftCounts[y[rows[r]]] += weights[rows[r]];
                    leftWeight += weights[rows[r]];
                }
            }
            offer(f, cut, weightedGini(leftWeight));
            return true;
        }

        /** Tries every threshold of feature {@code f} between distinct values; false when it is constant. */
        boolean best(float[][] x, int[] y, int[] rows, int from, int to, int f) {
            int m = to - from;
            for (int r = 0; r < m; r++) {
                int bits = Float.floatToRawIntBits(x[rows[from + r]][f]);
                keys[r] = ((long) (bits ^ ((bits >> 31) & 0x7fffffff)) << 32) | r; // sorts as the floats do
            }
            Arrays.sort(keys, 0, m);
            for (int i = 0; i < m; i++) {
                int bits = (int) (keys[i] >>> 32); // the key's float, decoded: no second read of the row
                values[i] = Float.intBitsToFloat(bits ^ ((bits >> 31) & 0x7fffffff));
            }
            if (!(values[m - 1] > values[0])) {
                return false;
            }
            Arrays.fill(leftCounts, 0);
            int leftWeight = 0;
            for (int i = 0; i < m - 1; i++) {
                int row = rows[from + (int) keys[i]];
                leftCounts[y[row]] += weights[row];
                leftWeight += weights[row];
                if (values[i + 1] > values[i]) {
                    double gini = weightedGini(leftWeight);
                    if (gini < impurity) {
                        float cut = values[i] / 2 + values[i + 1] / 2;
                        offer(f, cut >= values[i + 1] ? values[i] : cut, gini);
                    }
                }
            }
            return true;
        }

        private void offer(int f, float cut, double gini) {
            if (gini < impurity) {
                impurity = gini;
                feature = f;
                threshold = cut;
            }
        }

        /** Weight-weighted Gini impurity of the two sides, the left one of {@code leftSize} (lower is better). */
        private double weightedGini(int leftSize) {
            int rightSize = total - leftSize;
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
