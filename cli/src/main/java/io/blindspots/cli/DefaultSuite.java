package io.blindspots.cli;

import io.blindspots.events.Catalog;
import io.blindspots.events.ConvNetSpec;
import io.blindspots.events.DatasetSpec;
import io.blindspots.events.RunSpec;
import io.blindspots.events.RunSpecs;
import io.blindspots.events.signal.SignalSpec;

import java.util.List;

/**
 * What {@code ./blindspots demo} runs: synthetic-shapes × every image signal × the ConvNet and the baselines, plus a
 * {@linkplain #READERS reader run} for each signal that no model reads at the suite's size; with {@code --text}, the
 * text suite: synthetic-text × every text signal × char-cnn-small and the text baselines.
 */
public final class DefaultSuite {

    /**
     * Training images per run of the image suite: small enough that its eight kdd4 runs train to convergence (early
     * stopping) in about 20 minutes on a 2-core machine (README: 19 min), large enough for 0.97 on clean shapes.
     */
    public static final int IMAGE_TRAIN = 3000;
    /** Test images per split of the image suite. */
    public static final int IMAGE_TEST = 500;
    /** Training texts per run of the text suite (char-cnn-small trains about 40 texts/s on 2 cores). */
    public static final int TEXT_TRAIN = 1000;
    /** Test texts per split of the text suite. */
    public static final int TEXT_TEST = 250;

    /**
     * The baselines of the default suite: a reader for each signal as the paper's Table 1 names them, and cheap at the
     * demo's 750 fitted images: the decision tree (one-pixel, pattern-pixels, blank-one-pixel), Gaussian NB and
     * logistic regression (noise, mean: linear in the pixels), the perceptron (the paper's noise reader), QDA
     * (multiple-locations) and the shallow max NN (random-pixel).
     */
    public static final List<String> BASELINES = List.of(Catalog.DECISION_TREE, Catalog.GAUSSIAN_NB,
            Catalog.LOGISTIC_REGRESSION, Catalog.QDA, Catalog.PERCEPTRON, Catalog.SHALLOW_MAX_NN);

    /** The baselines of the text suite: the paper's Table 3 winner (the tree), its clean-data LR, and two more. */
    public static final List<String> TEXT_BASELINES = List.of(Catalog.DECISION_TREE, Catalog.LOGISTIC_REGRESSION,
            Catalog.RANDOM_FOREST, Catalog.GAUSSIAN_NB);

    /**
     * Training images of a QDA reader run, all of them fitted: QDA reads {@code multiple-locations} and {@code mean}
     * once each class has more images than an image has features (3,072 on 3 × 32 × 32), so that the class
     * covariance keeps the direction in which the signal has no variance; 34,000 gives about 3,400 per class
     * (measured 2026-12-03: 1.000 on the signal split of both, 0.120 and 0.087 clean; at 12,500 it is at chance, as
     * scikit-learn's QDA is).
     */
    public static final int QDA_READER_TRAIN = 34_000;

    /**
     * A baselines-only run (no ConvNet, every training image fitted) that gives a signal the reader the suite's 750
     * fitted images cannot: its own setting, so its row in the table says what it is (baselines, trainLimit,
     * baselineFraction).
     *
     * @param signal     the signal it reads
     * @param model      the baseline that reads it
     * @param trainLimit its training images (all fitted)
     */
    public record Reader(String signal, String model, int trainLimit) {
    }

    /**
     * The reader runs of the image suite, measured on synthetic-shapes: QDA for {@code multiple-locations} and
     * {@code mean} at {@link #QDA_READER_TRAIN}, the shallow max network for {@code random-pixel} at
     * {@link #IMAGE_TRAIN} (0.986, against 0.750 on the suite's 750).
     */
    public static final List<Reader> READERS = List.of(
            new Reader(Catalog.RANDOM_PIXEL, Catalog.SHALLOW_MAX_NN, IMAGE_TRAIN),
            new Reader(Catalog.MULTIPLE_LOCATIONS, Catalog.QDA, QDA_READER_TRAIN),
            new Reader(Catalog.MEAN, Catalog.QDA, QDA_READER_TRAIN));

    private DefaultSuite() {
    }

    /** The reader runs for those of {@code signals} that have one, on synthetic-shapes. */
    public static List<RunSpec> readers(List<String> signals, int testLimit, long seed) {
        return READERS.stream().filter(reader -> signals.contains(reader.signal()))
                .map(reader -> RunSpecs.complete(new RunSpec(null, null,
                        new DatasetSpec(Catalog.SYNTHETIC_SHAPES, reader.trainLimit(), testLimit),
                        SignalSpec.of(reader.signal()), seed, null, List.of(reader.model()), 1.0)))
                .toList();
    }

    /**
     * @param trainLimit training images per run
     * @param testLimit  test images per split
     * @param epochs     ConvNet epochs (null: the quick preset's)
     * @param seed       the seed of every run
     */
    public static List<RunSpec> specs(int trainLimit, int testLimit, Integer epochs, long seed) {
        return specs(Catalog.IMAGE_SIGNALS, Catalog.KDD4, BASELINES, trainLimit, testLimit, epochs, seed);
    }

    /** The text suite: synthetic-text × the text signals × char-cnn-small (quick) and {@link #TEXT_BASELINES}. */
    public static List<RunSpec> textSpecs(int trainLimit, int testLimit, Integer epochs, long seed) {
        return specs(Catalog.SYNTHETIC_TEXT, Catalog.TEXT_SIGNALS, Catalog.CHAR_CNN_SMALL, TEXT_BASELINES, trainLimit,
                testLimit, epochs, seed);
    }

    /** The suite for the given signals, ConvNet architecture and baselines. */
    public static List<RunSpec> specs(List<String> signals, String arch, List<String> baselines, int trainLimit,
                                      int testLimit, Integer epochs, long seed) {
        return specs(Catalog.SYNTHETIC_SHAPES, signals, arch, baselines, trainLimit, testLimit, epochs, seed);
    }

    /** The suite on the given dataset. */
    public static List<RunSpec> specs(String dataset, List<String> signals, String arch, List<String> baselines,
                                      int trainLimit, int testLimit, Integer epochs, long seed) {
        return signals.stream()
                .map(signal -> RunSpecs.complete(new RunSpec(null, null,
                        new DatasetSpec(dataset, trainLimit, testLimit),
                        SignalSpec.of(signal), seed,
                        new ConvNetSpec(arch, Catalog.QUICK, epochs, null, null),
                        baselines, null)))
                .toList();
    }
}
