package io.blindspots.baseline.domain;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The paper's shallow max NN ({@code shallow-max-nn}): a bank of per-position linear detectors, each the same linear
 * filter over a pixel's channels applied at every position (a 1 × 1 convolution), a max over positions per detector,
 * then a softmax layer over the detectors' maxima. Trained end to end on cross-entropy by Adam, the gradient flowing
 * through each max to the position that won it. Because a detector's response does not depend on where a pixel is, it
 * finds a label written at a random position (the {@code random-pixel} signal), which no model of the raw pixel
 * vector can. Pixels are standardised by one mean and one deviation over all pixels, which keeps the filter the same
 * at every position. Epochs are capped (default 60): a pass over 1,250 images of 3 × 32 × 32 costs a few tenths of a
 * second.
 */
public final class ShallowMaxNetwork implements FittedModel {

    private final int channels;
    private final int detectors;
    private final int classes;
    private final double mean;
    private final double scale;
    /** Detector d's channel weights at [d (C + 1), d (C + 1) + C), its bias next; then the classifier's rows. */
    private final double[] parameters;

    private ShallowMaxNetwork(int channels, int detectors, int classes, double mean, double scale,
                              double[] parameters) {
        this.channels = channels;
        this.detectors = detectors;
        this.classes = classes;
        this.mean = mean;
        this.scale = scale;
        this.parameters = parameters;
    }

    /**
     * @param detectors    filters in the bank
     * @param epochs       passes over the training rows
     * @param batch        rows per Adam step
     * @param learningRate Adam's step size
     */
    public record Options(int detectors, int epochs, int batch, double learningRate) {

        public Options {
            if (detectors < 1 || epochs < 1 || batch < 1 || !(learningRate > 0)) {
                throw new IllegalArgumentException("shallow max NN options " + detectors + "/" + epochs + "/" + batch
                        + "/" + learningRate);
            }
        }

        public static Options defaults() {
            return new Options(16, 60, 32, 1e-2);
        }

        public Options withEpochs(int passes) {
            return new Options(detectors, passes, batch, learningRate);
        }
    }

    public static ShallowMaxNetwork fit(float[][] x, int[] y, int classCount, int channels, long seed,
                                        Options options) {
        if (x.length == 0 || x.length != y.length || x[0].length % channels != 0) {
            throw new IllegalArgumentException(x.length + " rows of " + (x.length == 0 ? 0 : x[0].length)
                    + " features for " + y.length + " labels and " + channels + " channels");
        }
        double sum = 0;
        double squares = 0;
        for (float[] row : x) {
            for (float v : row) {
                sum += v;
                squares += (double) v * v;
            }
        }
        long count = (long) x.length * x[0].length;
        double mean = sum / count;
        double sd = Math.sqrt(Math.max(0, squares / count - mean * mean));
        double scale = sd > 1e-12 ? sd : 1;
        int d = options.detectors();
        SplittableRandom random = new SplittableRandom(seed);
        double[] parameters = new double[d * (channels + 1) + classCount * (d + 1)];
        ShallowMaxNetwork net = new ShallowMaxNetwork(channels, d, classCount, mean, scale, parameters);
        double filterBound = Math.sqrt(6.0 / (channels + 1));
        double classifierBound = Math.sqrt(6.0 / (d + classCount));
        for (int k = 0; k < d; k++) {
            for (int c = 0; c < channels; c++) {
                parameters[k * (channels + 1) + c] = random.nextDouble(-filterBound, filterBound);
            }
        }
        for (int c = 0; c < classCount; c++) {
            for (int k = 0; k < d; k++) {
                parameters[net.classifierOffset(c) + k] = random.nextDouble(-classifierBound, classifierBound);
            }
        }
        Adam adam = new Adam(parameters.length, options.learningRate());
        double[] gradient = new double[parameters.length];
        double[] maxima = new double[d];
        int[] winners = new int[d];
        double[] probabilities = new double[classCount];
        int[] order = new int[x.length];
        Arrays.setAll(order, i -> i);
        for (int epoch = 0; epoch < options.epochs(); epoch++) {
            MultilayerPerceptron.shuffle(order, random);
            for (int from = 0; from < order.length; from += options.batch()) {
                int to = Math.min(order.length, from + options.batch());
                Arrays.fill(gradient, 0);
                for (int b = from; b < to; b++) {
                    float[] row = x[order[b]];
                    net.forward(row, maxima, winners, probabilities);
                    Adam.softmax(probabilities);
                    probabilities[y[order[b]]] -= 1;
                    net.backward(row, maxima, winners, probabilities, gradient);
                }
                double size = to - from;
                for (int j = 0; j < gradient.length; j++) {
                    gradient[j] /= size;
                }
                adam.step(parameters, gradient);
            }
        }
        return net;
    }

    @Override
    public int[] predict(float[][] x) {
        int[] predictions = new int[x.length];
        double[] maxima = new double[detectors];
        int[] winners = new int[detectors];
        double[] scores = new double[classes];
        for (int i = 0; i < x.length; i++) {
            if (x[i].length % channels != 0) {
                throw new IllegalArgumentException("a row of " + x[i].length + " features for " + channels
                        + " channels");
            }
            forward(x[i], maxima, winners, scores);
            predictions[i] = Adam.argmax(scores);
        }
        return predictions;
    }

    private int classifierOffset(int c) {
        return detectors * (channels + 1) + c * (detectors + 1);
    }

    /** Each detector's maximum and the position that gave it, then the class logits. */
    private void forward(float[] row, double[] maxima, int[] winners, double[] logits) {
        int positions = row.length / channels;
        for (int k = 0; k < detectors; k++) {
            int offset = k * (channels + 1);
            double best = Double.NEGATIVE_INFINITY;
            int winner = 0;
            for (int pos = 0; pos < positions; pos++) {
                double s = 0;
                for (int c = 0; c < channels; c++) {
                    s += parameters[offset + c] * row[c * positions + pos];
                }
                if (s > best) {
                    best = s;
                    winner = pos;
                }
            }
            // The filter saw raw pixels: standardising them is a constant shift and scale of the response.
            double filterSum = 0;
            for (int c = 0; c < channels; c++) {
                filterSum += parameters[offset + c];
            }
            maxima[k] = best / scale - mean / scale * filterSum + parameters[offset + channels];
            winners[k] = winner;
        }
        for (int c = 0; c < classes; c++) {
            int offset = classifierOffset(c);
            double s = parameters[offset + detectors];
            for (int k = 0; k < detectors; k++) {
                s += parameters[offset + k] * maxima[k];
            }
            logits[c] = s;
        }
    }

    /** Adds one row's gradient, given dLoss/dlogits, to {@code gradient}. */
    private void backward(float[] row, double[] maxima, int[] winners, double[] dLogits, double[] gradient) {
        int positions = row.length / channels;
        for (int c = 0; c < classes; c++) {
            int offset = classifierOffset(c);
            for (int k = 0; k < detectors; k++) {
                gradient[offset + k] += dLogits[c] * maxima[k];
            }
            gradient[offset + detectors] += dLogits[c];
        }
        for (int k = 0; k < detectors; k++) {
            double dMax = 0;
            for (int c = 0; c < classes; c++) {
                dMax += dLogits[c] * parameters[classifierOffset(c) + k];
            }
            int offset = k * (channels + 1);
            for (int c = 0; c < channels; c++) {
                gradient[offset + c] += dMax * (row[c * positions + winners[k]] - mean) / scale;
            }
            gradient[offset + channels] += dMax;
        }
    }
}
