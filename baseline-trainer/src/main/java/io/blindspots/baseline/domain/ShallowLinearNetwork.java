package io.blindspots.baseline.domain;

import java.util.SplittableRandom;

/**
 * The paper's "Shallow Linear NN" ({@code perceptron}): one softmax layer over all pixels, no hidden layer, trained on
 * cross-entropy by Adam on shuffled mini-batches (Smile's {@code MLP} refuses a net without a hidden layer).
 * Hyper-parameters follow scikit-learn's {@code MLPClassifier} defaults (Adam, rate 1e-3, L2 alpha 1e-4), except:
 * {@code epochs} fixed at 100 where scikit-learn runs up to 200 and stops on a plateau of the loss (a pass over 1,250 ×
 * 3,072 pixels costs under a tenth of a second); batches of 32 where scikit-learn uses 200, so the capped schedule
 * still takes thousands of steps. Features are standardised first, as a scikit-learn user would.
 */
public final class ShallowLinearNetwork implements FittedModel {

    private final Standardizer scaler;
    private final int classes;
    /** Class c's weights at [c * (p + 1), c * (p + 1) + p), its bias right after. */
    private final double[] parameters;

    private ShallowLinearNetwork(Standardizer scaler, int classes, double[] parameters) {
        this.scaler = scaler;
        this.classes = classes;
        this.parameters = parameters;
    }

    /**
     * @param epochs       passes over the training rows
     * @param batch        rows per Adam step
     * @param learningRate Adam's step size
     * @param alpha        L2 penalty on the weights, alpha/2 |w|² per mean over a batch (scikit-learn's alpha)
     */
    public record Options(int epochs, int batch, double learningRate, double alpha) {

        public Options {
            if (epochs < 1 || batch < 1 || !(learningRate > 0) || !(alpha >= 0)) {
                throw new IllegalArgumentException("shallow linear options " + epochs + "/" + batch + "/"
                        + learningRate + "/" + alpha);
            }
        }

        public static Options scikitLearn() {
            return new Options(100, 32, 1e-3, 1e-4);
        }
    }

    public static ShallowLinearNetwork fit(float[][] x, int[] y, int classCount, long seed, Options options) {
        if (x.length == 0 || x.length != y.length) {
            throw new IllegalArgumentException(x.length + " rows for " + y.length + " labels");
        }
        Standardizer scaler = Standardizer.fit(x);
        double[][] z = scaler.apply(x);
        int p = z[0].length;
        int width = p + 1;
        double[] parameters = new double[classCount * width];
        SplittableRandom random = new SplittableRandom(seed);
        // Glorot-uniform start, as scikit-learn initialises a layer.
        double bound = Math.sqrt(6.0 / (p + classCount));
        for (int c = 0; c < classCount; c++) {
            for (int j = 0; j < p; j++) {
                parameters[c * width + j] = random.nextDouble(-bound, bound);
            }
        }
        Adam adam = new Adam(parameters.length, options.learningRate());
        double[] gradient = new double[parameters.length];
        double[] probabilities = new double[classCount];
        int[] order = new int[z.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int epoch = 0; epoch < options.epochs(); epoch++) {
            shuffle(order, random);
            for (int from = 0; from < order.length; from += options.batch()) {
                int to = Math.min(order.length, from + options.batch());
                java.util.Arrays.fill(gradient, 0);
                for (int b = from; b < to; b++) {
                    double[] row = z[order[b]];
                    logits(parameters, row, probabilities);
                    Adam.softmax(probabilities);
                    probabilities[y[order[b]]] -= 1;
                    for (int c = 0; c < classCount; c++) {
                        double g = probabilities[c];
                        int offset = c * width;
                        for (int j = 0; j < p; j++) {
                            gradient[offset + j] += g * row[j];
                        }
                        gradient[offset + p] += g;
                    }
                }
                int size = to - from;
                for (int c = 0; c < classCount; c++) {
                    for (int j = 0; j < width; j++) {
                        int k = c * width + j;
                        gradient[k] = gradient[k] / size + (j < p ? options.alpha() * parameters[k] / size : 0);
                    }
                }
                adam.step(parameters, gradient);
            }
        }
        return new ShallowLinearNetwork(scaler, classCount, parameters);
    }

    @Override
    public int[] predict(float[][] x) {
        int[] predictions = new int[x.length];
        double[] scores = new double[classes];
        for (int i = 0; i < x.length; i++) {
            logits(parameters, scaler.apply(x[i]), scores);
            predictions[i] = Adam.argmax(scores);
        }
        return predictions;
    }

    private static void logits(double[] parameters, double[] row, double[] out) {
        int width = row.length + 1;
        for (int c = 0; c < out.length; c++) {
            int offset = c * width;
            double s = parameters[offset + row.length];
            for (int j = 0; j < row.length; j++) {
                s += parameters[offset + j] * row[j];
            }
            out[c] = s;
        }
    }

    static void shuffle(int[] order, SplittableRandom random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}
