package io.blindspots.baseline.domain;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The paper's shallow max NN ({@code shallow-max-nn}), for a moving target: a bank of non-linear per-position
 * detectors shared over positions, a max over positions per detector, then a softmax classifier on the maxima.
 * <ul>
 *     <li>A position's input is its pixel: every channel's raw value ({@link PixelBag}).</li>
 *     <li>Each detector is the same small function at every position (a 1 × 1 convolution): a linear filter over
 *     the channels plus a combination of {@code hidden} shared ReLU units. The linear part, initialised larger,
 *     starts each detector as "the most extreme pixel in some colour direction", so the max lands on an odd pixel
 *     from the first step; the ReLU part lets it bend into a value band.</li>
 *     <li>A detector's maximum over positions is where its best pixel is, wherever that is: a label written at a
 *     random position ({@code random-pixel}) reads the same in every image.</li>
 *     <li>The maxima are standardised by their mean and deviation over the training rows (recomputed after each
 *     epoch, a batch norm without scale), so a signal of 1e-3 weighs as much as one of 1; then a softmax layer.</li>
 * </ul>
 * Trained end to end on cross-entropy by Adam (seeded; {@code epochs} passes); the gradient flows through each
 * maximum to the position that won it. A max forgets where its detector fired, so a class told apart only by where
 * two equal pixels are ({@code multiple-locations}) is out of its reach; adding each pixel's coordinates to its input
 * was tried and lost {@code random-pixel} (README). No scikit-learn counterpart.
 */
public final class ShallowMaxNetwork implements FittedModel {

    /** Shares of each batch computed in parallel: fixed, so a fit does not depend on the machine's cores. */
    private static final int LANES = 4;

    private final PixelBag bag;
    private final int hidden;
    private final int detectors;
    private final int classes;
    /** Hidden weights (hidden × inputs) and biases, detector weights (detectors × hidden) and biases, classifier. */
    private final double[] parameters;
    private final double[] mean;
    private final double[] deviation;

    private ShallowMaxNetwork(PixelBag bag, int hidden, int detectors, int classes) {
        this.bag = bag;
        this.hidden = hidden;
        this.detectors = detectors;
        this.classes = classes;
        this.parameters = new double[hiddenBias() + hidden + detectors * (hidden + PixelBag.inputs(bag.channels()) + 1) + classes * (detectors + 1)];
        this.mean = new double[detectors];
        this.deviation = new double[detectors];
        Arrays.fill(deviation, 1);
    }

    /**
     * @param hidden       ReLU units of the per-position network
     * @param detectors    its outputs, each max-pooled over positions
     * @param epochs       passes over the training rows
     * @param batch        rows per Adam step
     * @param learningRate Adam's step size
     */
    public record Options(int hidden, int detectors, int epochs, int batch, double learningRate) {

        public Options {
            if (hidden < 1 || detectors < 1 || epochs < 1 || batch < 1 || !(learningRate > 0)) {
                throw new IllegalArgumentException("shallow max NN options " + hidden + "/" + detectors + "/"
                        + epochs + "/" + batch + "/" + learningRate);
            }
        }

        public static Options defaults() {
            return new Options(16, 16, 60, 32, 1e-2);
        }

        public Options withEpochs(int passes) {
            return new Options(hidden, detectors, passes, batch, learningRate);
        }
    }

    public static ShallowMaxNetwork fit(float[][] x, int[] y, int classCount, int channels, long seed,
                                        Options options) {
        if (x.length == 0 || x.length != y.length) {
            throw new IllegalArgumentException(x.length + " rows for " + y.length + " labels");
        }
        ShallowMaxNetwork net = new ShallowMaxNetwork(PixelBag.of(x[0].length, channels), options.hidden(),
                options.detectors(), classCount);
        SplittableRandom random = new SplittableRandom(seed);
        net.initialise(random);
        Adam adam = new Adam(net.parameters.length, options.learningRate());
        double[] gradient = new double[net.parameters.length];
        Lane[] lanes = new Lane[LANES];
        Arrays.setAll(lanes, l -> net.new Lane());
        int[] order = new int[x.length];
        Arrays.setAll(order, i -> i);
        net.standardise(x, order, Math.min(x.length, 256), lanes[0].pass);
        for (int epoch = 0; epoch < options.epochs(); epoch++) {
            MultilayerPerceptron.shuffle(order, random);
            for (Lane lane : lanes) {
                Arrays.fill(lane.sum, 0);
                Arrays.fill(lane.squares, 0);
            }
            for (int from = 0; from < order.length; from += options.batch()) {
                int start = from;
                int to = Math.min(order.length, from + options.batch());
                IntStream.range(0, LANES).parallel().forEach(l -> lanes[l].batch(x, y, order, start + l, to, LANES));
                Arrays.fill(gradient, 0);
                for (Lane lane : lanes) { // in lane order, so the sum is the same whatever the threads did
                    for (int j = 0; j < gradient.length; j++) {
                        gradient[j] += lane.gradient[j] / (to - from);
                    }
                }
                adam.step(net.parameters, gradient);
            }
            double[] sum = new double[net.detectors];
            double[] squares = new double[net.detectors];
            for (Lane lane : lanes) {
                for (int k = 0; k < net.detectors; k++) {
                    sum[k] += lane.sum[k];
                    squares[k] += lane.squares[k];
                }
            }
            net.setStatistics(sum, squares, x.length);
        }
        return net;
    }

    @Override
    public int[] predict(float[][] x) {
        for (float[] row : x) {
            bag.check(row);
        }
        int[] predictions = new int[x.length];
        IntStream.range(0, LANES).parallel().forEach(l -> {
            Pass pass = new Pass();
            for (int i = l; i < x.length; i += LANES) {
                pass.forward(x[i]);
                predictions[i] = Adam.argmax(pass.logits);
            }
        });
        return predictions;
    }

    /** A fixed share of each batch's rows (every LANES-th), with its own pass, gradient and statistics. */
    private final class Lane {

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

    private void initialise(SplittableRandom random) {
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
            for (int i = 0; i < inputs; i++) {
                parameters[detector(k) + hidden + i] = random.nextDouble(-1, 1);
            }
        }
        double classifierBound = Math.sqrt(6.0 / (detectors + classes));
        for (int c = 0; c < classes; c++) {
            for (int k = 0; k < detectors; k++) {
                parameters[classifier(c) + k] = random.nextDouble(-classifierBound, classifierBound);
            }
        }
    }

    private void standardise(float[][] x, int[] order, int rows, Pass pass) {
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

    private void setStatistics(double[] sum, double[] squares, int rows) {
        for (int k = 0; k < detectors; k++) {
            mean[k] = sum[k] / rows;
            deviation[k] = Math.sqrt(Math.max(0, squares[k] / rows - mean[k] * mean[k]) + 1e-12);
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
    private final class Pass {

        final double[] input = new double[PixelBag.inputs(bag.channels())];
        final double[] activation = new double[hidden];
        final double[] maxima = new double[detectors];
        final int[] winners = new int[detectors];
        final double[] logits = new double[classes];

        /** Each detector's maximum over positions and the position that gave it, then the class logits. */
        void forward(float[] row) {
            Arrays.fill(maxima, Double.NEGATIVE_INFINITY);
            for (int pos = 0; pos < bag.positions(); pos++) {
                hidden(row, pos);
                for (int k = 0; k < detectors; k++) {
                    int offset = detector(k);
                    double s = parameters[offset + hidden + input.length];
                    for (int j = 0; j < hidden; j++) {
                        s += parameters[offset + j] * activation[j];
                    }
                    for (int i = 0; i < input.length; i++) {
                        s += parameters[offset + hidden + i] * input[i];
                    }
                    if (s > maxima[k]) {
                        maxima[k] = s;
                        winners[k] = pos;
                    }
                }
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
}
