package io.blindspots.baseline.domain;

import smile.linalg.Transpose;
import smile.tensor.DenseMatrix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * scikit-learn's {@code MLPClassifier} with its defaults, on Smile's native BLAS (float32, as scikit-learn keeps
 * float32 input): ReLU hidden layers, a softmax output on cross-entropy; Glorot-uniform weights and biases
 * (bound sqrt(6 / (fan_in + fan_out))); Adam (1e-3, β 0.9 / 0.999, ε 1e-8); L2 alpha 1e-4 on the weights, as
 * alpha / 2 |W|² / batch in each batch's loss; batches of min(200, n) over rows shuffled every epoch; up to
 * {@code maxIter} epochs, stopping once the epoch loss has failed {@code nIterNoChange} + 1 times in a row to fall
 * below the best by more than {@code tol} (scikit-learn's {@code _update_no_improvement_count}, no early stopping).
 * {@code perceptron} is this network with no hidden layer ({@code hidden_layer_sizes=()}); {@code shallow-nn} has one
 * of 100 units. For two classes scikit-learn uses one logistic unit where this uses a two-way softmax: the same model.
 */
public final class MultilayerPerceptron implements FittedModel {

    private final List<DenseMatrix> weights;
    private final List<float[]> biases;

    private MultilayerPerceptron(List<DenseMatrix> weights, List<float[]> biases) {
        this.weights = weights;
        this.biases = biases;
    }

    /**
     * @param hidden        units of each hidden layer (empty: a softmax layer on the inputs)
     * @param learningRate  Adam's {@code learning_rate_init}
     * @param alpha         L2 penalty
     * @param batchSize     rows per step, at most n (scikit-learn: min(200, n))
     * @param maxIter       most epochs
     * @param tol           the least improvement of the epoch loss that counts
     * @param nIterNoChange epochs without improvement tolerated
     */
    public record Options(List<Integer> hidden, double learningRate, double alpha, int batchSize, int maxIter,
                          double tol, int nIterNoChange) {

        public Options {
            hidden = List.copyOf(hidden);
            if (hidden.stream().anyMatch(h -> h < 1) || !(learningRate > 0) || !(alpha >= 0) || batchSize < 1
                    || maxIter < 1 || !(tol >= 0) || nIterNoChange < 1) {
                throw new IllegalArgumentException("MLP options " + this);
            }
        }

        public static Options scikitLearn(List<Integer> hidden) {
            return new Options(hidden, 1e-3, 1e-4, 200, 200, 1e-4, 10);
        }

        public Options withMaxIter(int epochs) {
            return new Options(hidden, learningRate, alpha, batchSize, epochs, tol, nIterNoChange);
        }
    }

    public static MultilayerPerceptron fit(float[][] x, int[] y, int classCount, long seed, Options options) {
        if (x.length == 0 || x.length != y.length) {
            throw new IllegalArgumentException(x.length + " rows for " + y.length + " labels");
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<Integer> units = new ArrayList<>();
        units.add(x[0].length);
        units.addAll(options.hidden());
        units.add(classCount);
        List<DenseMatrix> weights = new ArrayList<>();
        List<float[]> biases = new ArrayList<>();
        for (int l = 0; l + 1 < units.size(); l++) {
            double bound = Math.sqrt(6.0 / (units.get(l) + units.get(l + 1)));
            DenseMatrix w = Dense.zeros(units.get(l), units.get(l + 1));
            for (int i = 0; i < w.nrow(); i++) {
                for (int j = 0; j < w.ncol(); j++) {
                    Dense.set(w, i, j, (float) random.nextDouble(-bound, bound));
                }
            }
            float[] b = new float[units.get(l + 1)];
            for (int j = 0; j < b.length; j++) {
                b[j] = (float) random.nextDouble(-bound, bound);
            }
            weights.add(w);
            biases.add(b);
        }
        MultilayerPerceptron net = new MultilayerPerceptron(weights, biases);
        new Training(net, Dense.columns(x), y, options, random).run();
        return net;
    }

    @Override
    public int[] predict(float[][] x) {
        if (x.length == 0) {
            return new int[0];
        }
        if (x[0].length != weights.getFirst().nrow()) {
            throw new IllegalArgumentException("rows of " + x[0].length + " features for a network of "
                    + weights.getFirst().nrow());
        }
        List<DenseMatrix> activations = forward(Dense.columns(x));
        DenseMatrix out = activations.getLast();
        int[] predictions = new int[x.length];
        double[] scores = new double[out.nrow()];
        for (int i = 0; i < x.length; i++) {
            for (int c = 0; c < scores.length; c++) {
                scores[c] = Dense.get(out, c, i);
            }
            predictions[i] = Dense.argmax(scores);
        }
        return predictions;
    }

    /** Every layer's output for the columns of {@code input}, the input first; hidden ReLU, output logits. */
    List<DenseMatrix> forward(DenseMatrix input) {
        List<DenseMatrix> activations = new ArrayList<>();
        activations.add(input);
        for (int l = 0; l < weights.size(); l++) {
            DenseMatrix w = weights.get(l);
            DenseMatrix z = Dense.zeros(w.ncol(), input.ncol());
            DenseMatrix.mm(1, Transpose.TRANSPOSE, w, Transpose.NO_TRANSPOSE, activations.getLast(), 0, z);
            float[] b = biases.get(l);
            boolean hidden = l + 1 < weights.size();
            for (int i = 0; i < z.ncol(); i++) {
                for (int u = 0; u < b.length; u++) {
                    float v = Dense.get(z, u, i) + b[u];
                    Dense.set(z, u, i, hidden ? Math.max(0, v) : v);
                }
            }
            activations.add(z);
        }
        return activations;
    }

    List<DenseMatrix> weights() {
        return weights;
    }

    List<float[]> biases() {
        return biases;
    }

    static void shuffle(int[] order, SplittableRandom random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    static int[] identity(int n) {
        int[] order = new int[n];
        Arrays.setAll(order, i -> i);
        return order;
    }
}
