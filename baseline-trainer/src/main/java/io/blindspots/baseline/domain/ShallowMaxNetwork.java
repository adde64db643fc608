package io.blindspots.baseline.domain;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The paper's shallow max NN ({@code shallow-max-nn}), for a moving target: a bank of non-linear per-position
 * detectors shared over positions, a max over positions per detector, then a softmax classifier on the maxima.
 * <ul>
 *     <li>A position's input is its pixel: every channel's raw value ({@link PixelBag}).</li>
 *     <li>Each detector is the same small function at every position (a 1 × 1 convolution,
 *     {@link MaxPooledDetectors}): a linear filter over the channels plus a combination of {@code hidden} shared ReLU
 *     units. Detector k's filter starts with the signs of k's bits, at corner k of the colour cube, so the bank
 *     starts as "the darkest pixel", "the brightest", "the most red"...: its maxima land on odd pixels from the
 *     first step, wherever they are. The ReLU part lets a detector bend into a value band.</li>
 *     <li>A detector's maximum over positions does not depend on where its best pixel is: a label written at a
 *     random position ({@code random-pixel}) reads the same in every image.</li>
 *     <li>The maxima are standardised by their mean and deviation over the training rows (recomputed after each
 *     epoch, a batch norm without scale), so a signal of 1e-3 weighs as much as one of 1; then a softmax layer.</li>
 * </ul>
 * Trained end to end on cross-entropy by Adam (seeded; {@code epochs} passes, each batch in fixed parallel lanes);
 * the gradient flows through each maximum to the position that won it. Then the softmax layer is refitted to
 * convergence on the final detectors' maxima (L-BFGS, {@link LogisticRegressionBaseline}: a convex problem), which
 * Adam's last steps leave reading levels 1e-3 apart only roughly. A max forgets where its detector fired, so a
 * class told apart only by where two equal pixels are ({@code multiple-locations}) is out of its reach; coordinates
 * as inputs and learned place maps were tried and lost {@code random-pixel} (README). No scikit-learn counterpart.
 */
public final class ShallowMaxNetwork implements FittedModel {

    private static final int LANES = MaxPooledDetectors.LANES;
    private static final int HEAD_ITERATIONS = 1000;

    private final MaxPooledDetectors net;
    private final LogisticRegressionBaseline head;

    private ShallowMaxNetwork(MaxPooledDetectors net, LogisticRegressionBaseline head) {
        this.net = net;
        this.head = head;
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
            return new Options(16, 16, 20, 32, 1e-2);
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
        MaxPooledDetectors net = new MaxPooledDetectors(PixelBag.of(x[0].length, channels), options.hidden(),
                options.detectors(), classCount);
        SplittableRandom random = new SplittableRandom(seed);
        net.initialise(random);
        net.refresh();
        Adam adam = new Adam(net.parameters.length, options.learningRate());
        double[] gradient = new double[net.parameters.length];
        MaxPooledDetectors.Lane[] lanes = new MaxPooledDetectors.Lane[LANES];
        Arrays.setAll(lanes, l -> net.new Lane());
        int[] order = new int[x.length];
        Arrays.setAll(order, i -> i);
        net.standardise(x, order, Math.min(x.length, 256), lanes[0].pass);
        for (int epoch = 0; epoch < options.epochs(); epoch++) {
            MultilayerPerceptron.shuffle(order, random);
            for (MaxPooledDetectors.Lane lane : lanes) {
                Arrays.fill(lane.sum, 0);
                Arrays.fill(lane.squares, 0);
            }
            for (int from = 0; from < order.length; from += options.batch()) {
                int start = from;
                int to = Math.min(order.length, from + options.batch());
                IntStream.range(0, LANES).parallel().forEach(l -> lanes[l].batch(x, y, order, start + l, to, LANES));
                Arrays.fill(gradient, 0);
                for (MaxPooledDetectors.Lane lane : lanes) { // in lane order, so the sum is the same whatever the threads did
                    for (int j = 0; j < gradient.length; j++) {
                        gradient[j] += lane.gradient[j] / (to - from);
                    }
                }
                adam.step(net.parameters, gradient);
                net.refresh();
            }
            double[] sum = new double[net.detectors];
            double[] squares = new double[net.detectors];
            for (MaxPooledDetectors.Lane lane : lanes) {
                for (int k = 0; k < net.detectors; k++) {
                    sum[k] += lane.sum[k];
                    squares[k] += lane.squares[k];
                }
            }
            net.setStatistics(sum, squares, x.length);
        }
        LogisticRegressionBaseline head = LogisticRegressionBaseline.fit(net.pooled(x), y, classCount,
                LogisticRegressionBaseline.Options.scikitLearn().withMaxIter(HEAD_ITERATIONS));
        return new ShallowMaxNetwork(net, head);
    }

    @Override
    public int[] predict(float[][] x) {
        for (float[] row : x) {
            net.bag.check(row);
        }
        return head.predict(net.pooled(x));
    }
}
