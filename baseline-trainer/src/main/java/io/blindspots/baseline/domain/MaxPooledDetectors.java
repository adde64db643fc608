package io.blindspots.baseline.domain;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * {@link ShallowMaxNetwork}'s parameters and passes: per position, {@code hidden} ReLU units over the position's
 * inputs and {@code detectors} outputs, each a linear filter over the inputs plus a combination of the units; each
 * output's maximum over positions, standardised by {@link #setStatistics}; a softmax layer over those. Parameters in
 * one flat array for Adam: hidden weights (hidden × inputs) and biases; per detector its unit weights, input weights
 * and bias; per class its detector weights and bias.
 */
final class MaxPooledDetectors {

    /** Shares of a batch computed in parallel: fixed, so a fit does not depend on the machine's cores. */
    static final int LANES = 4;
    /** Added to each maximum's variance before its square root, as a batch norm's epsilon (PyTorch's default). */
    static final double VARIANCE_EPSILON = 1e-5;

    final PixelBag bag;
    final int hidden;
    final int detectors;
    final int classes;
    final double[] parameters;
    /** {@link #parameters} in float, for the forward pass: see {@link #refresh}. */
    private final float[] weights;
    private final double[] mean;
    private final double[] deviation;

    MaxPooledDetectors(PixelBag bag, int hidden, int detectors, int classes) {
        this.bag = bag;
        this.hidden = hidden;
        this.detectors = detectors;
        this.classes = classes;
        this.parameters = new double[classifier(classes)];
        this.weights = new float[parameters.length];
        this.mean = new double[detectors];
        this.deviation = new double[detectors];
        Arrays.fill(deviation, 1);
    }

    void initialise(SplittableRandom random) {
        int inputs = PixelBag.inputs(bag.channels());
        double bound = Math.sqrt(6.0 / (inputs + hidden));
        for (int j = 0; j < hiddenBias(); j++) {
            parameters[j] = random.nextDouble(-bound, bound);
        }
        for (int j = hiddenBias(); j < hiddenBias() + hidden; j++) {
            parameters[j] = random.nextDouble(-bound, bound);
        }
        double detectorBound = Math.sqrt(6.0 / (hidden + detectors));
        for (int k = 0; k < detectors; k++) {
            for (int j = 0; j < hidden; j++) {
                parameters[detector(k) + j] = random.nextDouble(-detectorBound, detectorBound);
            }
            for (int i = 0; i < inputs; i++) { // detector k starts at corner k of the input cube: signs k's bits
                double sign = ((k >> (i % 31)) & 1) == 0 ? -1 : 1;
                parameters[detector(k) + hidden + i] = sign * random.nextDouble(0.5, 1);
            }
        }
        double classifierBound = Math.sqrt(6.0 / (detectors + classes));
        for (int c = 0; c < classes; c++) {
            for (int k = 0; k < detectors; k++) {
                parameters[classifier(c) + k] = random.nextDouble(-classifierBound, classifierBound);
            }
        }
    }

    /** Copies the parameters into the forward pass's float weights: after every change to them. */
    void refresh() {
        for (int j = 0; j < parameters.length; j++) {
            weights[j] = (float) parameters[j];
        }
    }

    void standardise(float[][] x, int[] order, int rows, Pass pass) {
        double[] sum = new double[detectors];
        double[] squares = new double[detectors];
        for (int i = 0; i < rows; i++) {
            pass.forward(x[order[i]]);
            for (int k = 0; k < detectors; k++) {
                sum[k] += pass.maxima[k];
                squares[k] += pass.maxima[k] * pass.maxima[k];
            }
        }
        setStatistics(sum, squares, rows);
    }

    /** Each row's standardised maxima, the features the softmax layer reads; rows in parallel. */
    float[][] pooled(float[][] x) {
        float[][] features = new float[x.length][detectors];
        IntStream.range(0, LANES).parallel().forEach(l -> {
            Pass pass = new Pass();
            for (int i = l; i < x.length; i += LANES) {
                pass.forward(x[i]);
                for (int k = 0; k < detectors; k++) {
                    features[i][k] = (float) ((pass.maxima[k] - mean[k]) / deviation[k]);
                }
            }
        });
        return features;
    }

    void setStatistics(double[] sum, double[] squares, int rows) {
        for (int k = 0; k < detectors; k++) {
            mean[k] = sum[k] / rows;
            deviation[k] = Math.sqrt(Math.max(0, squares[k] / rows - mean[k] * mean[k]) + VARIANCE_EPSILON);
        }
    }

    private int hiddenBias() {
        return hidden * PixelBag.inputs(bag.channels());
    }

    private int input() {
        return PixelBag.inputs(bag.channels());
    }

    private int detector(int k) {
        return hiddenBias() + hidden + k * (hidden + input() + 1);
    }

    private int classifier(int c) {
        return detector(detectors) + c * (detectors + 1);
    }

    /** One row's forward and backward pass, with its buffers: one per thread. */
    final class Pass {

        final double[] input = new double[PixelBag.inputs(bag.channels())];
        final float[][] units = new float[hidden][bag.positions()];
        final float[] response = new float[bag.positions()];
        final double[] activation = new double[hidden];
        final double[] maxima = new double[detectors];
        final int[] winners = new int[detectors];
        final double[] logits = new double[classes];

        /** Each detector's maximum over positions and the position that gave it, then the class logits. */
        void forward(float[] row) {
            // Plane by plane over the positions, in float (vectorised by the JIT); the backward pass is in double.
            int positions = bag.positions();
            int inputs = input.length;
            for (int j = 0; j < hidden; j++) {
                float[] unit = units[j];
                Arrays.fill(unit, weights[hiddenBias() + j]);
                for (int i = 0; i < inputs; i++) {
                    float w = weights[j * inputs + i];
                    int plane = i * positions;
                    for (int pos = 0; pos < positions; pos++) {
                        unit[pos] += w * row[plane + pos];
                    }
                }
                for (int pos = 0; pos < positions; pos++) {
                    unit[pos] = Math.max(0, unit[pos]);
                }
            }
            for (int k = 0; k < detectors; k++) {
                int offset = detector(k);
                Arrays.fill(response, weights[offset + hidden + inputs]);
                for (int j = 0; j < hidden; j++) {
                    float w = weights[offset + j];
                    float[] unit = units[j];
                    for (int pos = 0; pos < positions; pos++) {
                        response[pos] += w * unit[pos];
                    }
                }
                for (int i = 0; i < inputs; i++) {
                    float w = weights[offset + hidden + i];
                    int plane = i * positions;
                    for (int pos = 0; pos < positions; pos++) {
                        response[pos] += w * row[plane + pos];
                    }
                }
                int winner = 0;
                for (int pos = 1; pos < positions; pos++) {
                    if (response[pos] > response[winner]) {
                        winner = pos;
                    }
                }
                maxima[k] = response[winner];
                winners[k] = winner;
            }
            for (int c = 0; c < classes; c++) {
                int offset = classifier(c);
                double s = parameters[offset + detectors];
                for (int k = 0; k < detectors; k++) {
                    s += parameters[offset + k] * (maxima[k] - mean[k]) / deviation[k];
                }
                logits[c] = s;
            }
        }

        /** Adds {@code weight} × this row's gradient, given dLoss/dlogits in {@code logits}, to {@code gradient}. */
        void backward(float[] row, double[] gradient, double weight) {
            for (int c = 0; c < classes; c++) {
                int offset = classifier(c);
                for (int k = 0; k < detectors; k++) {
                    gradient[offset + k] += weight * logits[c] * (maxima[k] - mean[k]) / deviation[k];
                }
                gradient[offset + detectors] += weight * logits[c];
            }
            int inputs = input.length;
            for (int k = 0; k < detectors; k++) {
                double dMax = 0;
                for (int c = 0; c < classes; c++) {
                    dMax += logits[c] * parameters[classifier(c) + k];
                }
                dMax *= weight / deviation[k];
                hidden(row, winners[k]);
                int offset = detector(k);
                for (int j = 0; j < hidden; j++) {
                    gradient[offset + j] += dMax * activation[j];
                    if (activation[j] > 0) {
                        double dHidden = dMax * parameters[offset + j];
                        for (int i = 0; i < inputs; i++) {
                            gradient[j * inputs + i] += dHidden * input[i];
                        }
                        gradient[hiddenBias() + j] += dHidden;
                    }
                }
                for (int i = 0; i < inputs; i++) {
                    gradient[offset + hidden + i] += dMax * input[i];
                }
                gradient[offset + hidden + inputs] += dMax;
            }
        }

        /** The hidden layer at {@code pos}, into {@link #activation}. */
        private void hidden(float[] row, int pos) {
            bag.input(row, pos, input);
            int inputs = input.length;
            for (int j = 0; j < hidden; j++) {
                double s = parameters[hiddenBias() + j];
                for (int i = 0; i < inputs; i++) {
                    s += parameters[j * inputs + i] * input[i];
                }
                activation[j] = Math.max(0, s);
            }
        }
    }

    /** A fixed share of each batch's rows (every LANES-th), with its own pass, gradient and statistics. */
    final class Lane {

        final Pass pass = new Pass();
        final double[] gradient = new double[parameters.length];
        final double[] sum = new double[detectors];
        final double[] squares = new double[detectors];

        void batch(float[][] x, int[] y, int[] order, int from, int to, int step) {
            Arrays.fill(gradient, 0);
            for (int b = from; b < to; b += step) {
                pass.forward(x[order[b]]);
                for (int k = 0; k < detectors; k++) {
                    sum[k] += pass.maxima[k];
                    squares[k] += pass.maxima[k] * pass.maxima[k];
                }
                Adam.softmax(pass.logits);
                pass.logits[y[order[b]]] -= 1;
                pass.backward(x[order[b]], gradient, 1);
            }
        }
    }
}
