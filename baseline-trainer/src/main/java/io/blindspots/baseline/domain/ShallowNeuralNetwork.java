package io.blindspots.baseline.domain;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The paper's shallow NN ({@code shallow-nn}): one hidden layer of ReLU units and a softmax output, trained on
 * cross-entropy with scikit-learn's {@code MLPClassifier()} defaults: 100 hidden units, Adam at rate 1e-3, L2 alpha
 * 1e-4, Glorot-uniform initial weights. Differences: batches of 32 (scikit-learn: 200), so that the capped schedule
 * still takes hundreds of steps; {@code epochs} fixed at 15 where scikit-learn runs
 * up to 200 with a stop on a plateau of the loss, which bounds a fit on 1,250 × 3,072 pixels to about half a minute on
 * two cores; features standardised first, as scikit-learn's documentation tells users of this model to do.
 *
 * <p>Smile's {@code MLP} is not used: it has no Adam, and its layers call the native {@code libopenblas.so}, which a
 * runtime with only the {@code libopenblas0} package does not have (the model would fail on every run).
 */
public final class ShallowNeuralNetwork implements FittedModel {

    private final Standardizer scaler;
    private final int hidden;
    private final int classes;
    /** Hidden unit h's weights at [h (p + 1), h (p + 1) + p), its bias next; then each class's row of hidden + 1. */
    private final double[] parameters;

    private ShallowNeuralNetwork(Standardizer scaler, int hidden, int classes, double[] parameters) {
        this.scaler = scaler;
        this.hidden = hidden;
        this.classes = classes;
        this.parameters = parameters;
    }

    /**
     * @param hidden       ReLU units of the hidden layer
     * @param epochs       passes over the training rows
     * @param batch        rows per Adam step
     * @param learningRate Adam's step size
     * @param alpha        L2 penalty on the weights, alpha/2 |w|² over the batch (scikit-learn's alpha)
     */
    public record Options(int hidden, int epochs, int batch, double learningRate, double alpha) {

        public Options {
            if (hidden < 1 || epochs < 1 || batch < 1 || !(learningRate > 0) || !(alpha >= 0)) {
                throw new IllegalArgumentException("shallow NN options " + hidden + "/" + epochs + "/" + batch + "/"
                        + learningRate + "/" + alpha);
            }
        }

        public static Options scikitLearn() {
            return new Options(100, 15, 32, 1e-3, 1e-4);
        }
    }

    public static ShallowNeuralNetwork fit(float[][] x, int[] y, int classCount, long seed, Options options) {
        if (x.length == 0 || x.length != y.length) {
            throw new IllegalArgumentException(x.length + " rows for " + y.length + " labels");
        }
        Standardizer scaler = Standardizer.fit(x);
        double[][] z = scaler.apply(x);
        int p = z[0].length;
        int h = options.hidden();
        double[] parameters = new double[h * (p + 1) + classCount * (h + 1)];
        ShallowNeuralNetwork net = new ShallowNeuralNetwork(scaler, h, classCount, parameters);
        SplittableRandom random = new SplittableRandom(seed);
        double inputBound = Math.sqrt(6.0 / (p + h));
        double outputBound = Math.sqrt(6.0 / (h + classCount));
        for (int u = 0; u < h; u++) {
            for (int j = 0; j <= p; j++) {
                parameters[u * (p + 1) + j] = random.nextDouble(-inputBound, inputBound);
            }
        }
        for (int j = h * (p + 1); j < parameters.length; j++) {
            parameters[j] = random.nextDouble(-outputBound, outputBound);
        }
        Adam adam = new Adam(parameters.length, options.learningRate());
        double[] gradient = new double[parameters.length];
        double[] activations = new double[h];
        double[] dHidden = new double[h];
        double[] probabilities = new double[classCount];
        int[] order = new int[z.length];
        Arrays.setAll(order, i -> i);
        int output = h * (p + 1);
        for (int epoch = 0; epoch < options.epochs(); epoch++) {
            ShallowLinearNetwork.shuffle(order, random);
            for (int from = 0; from < order.length; from += options.batch()) {
                int to = Math.min(order.length, from + options.batch());
                Arrays.fill(gradient, 0);
                for (int b = from; b < to; b++) {
                    double[] row = z[order[b]];
                    net.forward(row, activations, probabilities);
                    Adam.softmax(probabilities);
                    probabilities[y[order[b]]] -= 1;
                    Arrays.fill(dHidden, 0);
                    for (int c = 0; c < classCount; c++) {
                        int offset = output + c * (h + 1);
                        for (int u = 0; u < h; u++) {
                            gradient[offset + u] += probabilities[c] * activations[u];
                            dHidden[u] += probabilities[c] * parameters[offset + u];
                        }
                        gradient[offset + h] += probabilities[c];
                    }
                    for (int u = 0; u < h; u++) {
                        if (activations[u] <= 0) {
                            continue; // ReLU: no gradient through an inactive unit
                        }
                        int offset = u * (p + 1);
                        double g = dHidden[u];
                        for (int j = 0; j < p; j++) {
                            gradient[offset + j] += g * row[j];
                        }
                        gradient[offset + p] += g;
                    }
                }
                int size = to - from;
                for (int j = 0; j < parameters.length; j++) {
                    gradient[j] = (gradient[j] + (isWeight(j, p, h) ? options.alpha() * parameters[j] : 0)) / size;
                }
                adam.step(parameters, gradient);
            }
        }
        return net;
    }

    @Override
    public int[] predict(float[][] x) {
        int[] predictions = new int[x.length];
        double[] activations = new double[hidden];
        double[] scores = new double[classes];
        for (int i = 0; i < x.length; i++) {
            forward(scaler.apply(x[i]), activations, scores);
            predictions[i] = Adam.argmax(scores);
        }
        return predictions;
    }

    private void forward(double[] row, double[] activations, double[] logits) {
        int p = row.length;
        for (int u = 0; u < hidden; u++) {
            int offset = u * (p + 1);
            double s = parameters[offset + p];
            for (int j = 0; j < p; j++) {
                s += parameters[offset + j] * row[j];
            }
            activations[u] = Math.max(0, s);
        }
        int output = hidden * (p + 1);
        for (int c = 0; c < classes; c++) {
            int offset = output + c * (hidden + 1);
            double s = parameters[offset + hidden];
            for (int u = 0; u < hidden; u++) {
                s += parameters[offset + u] * activations[u];
            }
            logits[c] = s;
        }
    }

    /** Biases are not penalised, as in scikit-learn. */
    private static boolean isWeight(int index, int p, int h) {
        int output = h * (p + 1);
        return index < output ? index % (p + 1) != p : (index - output) % (h + 1) != h;
    }
}
