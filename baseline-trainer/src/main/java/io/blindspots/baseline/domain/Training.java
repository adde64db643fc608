package io.blindspots.baseline.domain;

import smile.linalg.Transpose;
import smile.tensor.DenseMatrix;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The training loop of {@link MultilayerPerceptron}, as scikit-learn's {@code _fit_stochastic} with the solver
 * "adam": shuffled mini-batches, back-propagation through BLAS products, the epoch loss and its no-improvement
 * count. Not thread-safe: one per fit.
 */
final class Training {

    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;
    private static final float B1 = (float) BETA1;
    private static final float B2 = (float) BETA2;
    private static final float EPS = (float) EPSILON;
    /** scikit-learn clips probabilities to [eps, 1 - eps] of the dtype before the log. */
    private static final double CLIP = Math.ulp(1.0f);

    private final MultilayerPerceptron net;
    private final DenseMatrix samples;
    private final int[] labels;
    private final MultilayerPerceptron.Options options;
    private final SplittableRandom random;
    private final float[][] weightMoments;
    private final float[][] weightSquares;
    private final float[][] biasMoments;
    private final float[][] biasSquares;
    private int step;

    Training(MultilayerPerceptron net, DenseMatrix samples, int[] labels, MultilayerPerceptron.Options options,
             SplittableRandom random) {
        this.net = net;
        this.samples = samples;
        this.labels = labels;
        this.options = options;
        this.random = random;
        int layers = net.weights().size();
        weightMoments = new float[layers][];
        weightSquares = new float[layers][];
        biasMoments = new float[layers][];
        biasSquares = new float[layers][];
        for (int l = 0; l < layers; l++) {
            weightMoments[l] = new float[Dense.length(net.weights().get(l))];
            weightSquares[l] = new float[weightMoments[l].length];
            biasMoments[l] = new float[net.biases().get(l).length];
            biasSquares[l] = new float[biasMoments[l].length];
        }
    }

    /** @return the epochs run */
    int run() {
        int n = labels.length;
        int batch = Math.min(options.batchSize(), n);
        int[] order = MultilayerPerceptron.identity(n);
        double best = Double.POSITIVE_INFINITY;
        int noImprovement = 0;
        for (int epoch = 1; epoch <= options.maxIter(); epoch++) {
            MultilayerPerceptron.shuffle(order, random);
            double loss = 0;
            for (int from = 0; from < n; from += batch) {
                int to = Math.min(n, from + batch);
                loss += step(order, from, to) * (to - from);
            }
            loss /= n;
            noImprovement = loss > best - options.tol() ? noImprovement + 1 : 0;
            best = Math.min(best, loss);
            if (noImprovement > options.nIterNoChange()) {
                return epoch;
            }
        }
        return options.maxIter();
    }

    /** One Adam step on rows order[from, to); returns the batch's loss, penalty included. */
    private double step(int[] order, int from, int to) {
        int size = to - from;
        DenseMatrix input = Dense.zeros(samples.nrow(), size);
        for (int b = 0; b < size; b++) {
            Dense.copyColumn(samples, order[from + b], input, b);
        }
        List<DenseMatrix> activations = net.forward(input);
        DenseMatrix delta = activations.getLast();
        double loss = 0;
        for (int b = 0; b < size; b++) {
            int label = labels[order[from + b]];
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < delta.nrow(); c++) {
                max = Math.max(max, Dense.get(delta, c, b));
            }
            double sum = 0;
            for (int c = 0; c < delta.nrow(); c++) {
                sum += Math.exp(Dense.get(delta, c, b) - max);
            }
            for (int c = 0; c < delta.nrow(); c++) {
                double probability = Math.exp(Dense.get(delta, c, b) - max) / sum;
                if (c == label) {
                    loss -= Math.log(Math.min(1 - CLIP, Math.max(CLIP, probability)));
                }
                Dense.set(delta, c, b, (float) ((probability - (c == label ? 1 : 0)) / size));
            }
        }
        loss /= size;
        List<DenseMatrix> weights = net.weights();
        double squares = 0;
        for (int l = weights.size() - 1; l >= 0; l--) {
            DenseMatrix w = weights.get(l);
            DenseMatrix below = activations.get(l);
            DenseMatrix gradient = Dense.zeros(w.nrow(), w.ncol());
            DenseMatrix.mm(1, Transpose.NO_TRANSPOSE, below, Transpose.TRANSPOSE, delta, 0, gradient);
            float[] biasGradient = new float[w.ncol()];
            for (int b = 0; b < size; b++) {
                for (int u = 0; u < biasGradient.length; u++) {
                    biasGradient[u] += Dense.get(delta, u, b);
                }
            }
            DenseMatrix next = null;
            if (l > 0) {
                next = Dense.zeros(w.nrow(), size);
                DenseMatrix.mm(1, Transpose.NO_TRANSPOSE, w, Transpose.NO_TRANSPOSE, delta, 0, next);
                for (int b = 0; b < size; b++) {
                    for (int u = 0; u < next.nrow(); u++) {
                        if (Dense.get(below, u, b) <= 0) {
                            Dense.set(next, u, b, 0); // ReLU: no gradient through an inactive unit
                        }
                    }
                }
            }
            squares += adam(l, w, gradient, biasGradient, size);
            delta = next;
        }
        step++;
        return loss + 0.5 * options.alpha() * squares / size;
    }

    /**
     * Adds the penalty's gradient and updates layer l; returns |W|² before the update. In float32, as scikit-learn's
     * Adam on float32 arrays, over bulk copies of the weights and the gradient (one pass, no per-element native access).
     */
    private double adam(int l, DenseMatrix w, DenseMatrix gradient, float[] biasGradient, int size) {
        int t = step + 1;
        float rate = (float) (options.learningRate() * Math.sqrt(1 - Math.pow(BETA2, t)) / (1 - Math.pow(BETA1, t)));
        float decay = (float) (options.alpha() / size);
        float[] weights = Dense.toArray(w);
        float[] gradients = Dense.toArray(gradient);
        double squares = 0;
        float[] m = weightMoments[l];
        float[] v = weightSquares[l];
        for (int i = 0; i < m.length; i++) {
            float weight = weights[i];
            squares += weight * weight;
            float g = gradients[i] + decay * weight;
            m[i] = B1 * m[i] + (1 - B1) * g;
            v[i] = B2 * v[i] + (1 - B2) * g * g;
            weights[i] = weight - rate * m[i] / ((float) Math.sqrt(v[i]) + EPS);
        }
        Dense.copyFrom(weights, w);
        float[] bias = net.biases().get(l);
        float[] bm = biasMoments[l];
        float[] bv = biasSquares[l];
        for (int u = 0; u < bias.length; u++) {
            float g = biasGradient[u];
            bm[u] = B1 * bm[u] + (1 - B1) * g;
            bv[u] = B2 * bv[u] + (1 - B2) * g * g;
            bias[u] -= rate * bm[u] / ((float) Math.sqrt(bv[u]) + EPS);
        }
        return squares;
    }
}
