package io.blindspots.cli;

import io.blindspots.events.Catalog;
import io.blindspots.events.ConvNetSpec;
import io.blindspots.events.DatasetSpec;
import io.blindspots.events.RunSpec;
import io.blindspots.events.RunSpecs;
import io.blindspots.events.ScaleGrid;
import io.blindspots.events.signal.SignalSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code ./blindspots map} runs: each image signal with a strength, at each strength of a log grid, for each
 * seed, once with the ConvNet as published and the baselines, and once per remedy variant asked for of the ConvNet
 * alone (the baselines do not change with the ConvNet; each variant adds as many ConvNet runs again, and
 * {@code no-pooling} about ten times the work per image: without its pools kdd4's last three convolutions run on
 * 32×32 maps; {@code all-conv} about two thirds). One plain run per (signal, strength, seed, variant), so the runs the table and map show are exactly
 * these. The strengths: {@code ./blindspots map}'s default grid is the paper's 1e-3 and three decades above it;
 * random-pixel runs only those up to {@link #RANDOM_PIXEL_MAX}.
 */
public final class MapSuite {

    /** The signals the map sweeps: every image signal with a strength knob but the blank-image control. */
    public static final List<String> SIGNALS = List.of(Catalog.ONE_PIXEL, Catalog.PATTERN_PIXELS,
            Catalog.RANDOM_PIXEL, Catalog.NOISE, Catalog.MEAN);
    /**
     * The signals a text map sweeps: every text signal, its strength the fraction of training texts that carry it
     * ({@link SignalSpec.Prevalent}).
     */
    public static final List<String> TEXT_SIGNALS = List.of(Catalog.MNEMONIC, Catalog.LENGTH, Catalog.PATTERN_CHAR);
    /**
     * The baselines beside the ConvNet, cheap at 750 fitted images: the decision tree (the pixel signals' reader in
     * the demo's table), logistic regression and Gaussian NB (noise's).
     */
    public static final List<String> BASELINES = List.of(Catalog.DECISION_TREE, Catalog.LOGISTIC_REGRESSION,
            Catalog.GAUSSIAN_NB);
    /**
     * The strongest random-pixel scale: the top class's pixel, (K + 1 - 1) × scale, must stay within 1 (the encoder
     * rejects more), and every image dataset has K = 10 classes.
     */
    public static final double RANDOM_PIXEL_MAX = 0.1;
    /**
     * Training images per run: the demo's, on which kdd4 and its variants leave the first epochs' plateau at chance
     * before early stopping can end them (at 1,000, 6 of the first 7 runs of a one-pixel map stopped at chance:
     * measured 2026-12-02).
     */
    public static final int TRAIN = DefaultSuite.IMAGE_TRAIN;
    /** Test images per split. */
    public static final int TEST = DefaultSuite.IMAGE_TEST;

    private MapSuite() {
    }

    /** Whether {@code dataset} holds texts (its map sweeps the text signals with the char-CNN). */
    public static boolean isText(String dataset) {
        return Catalog.TEXT_DATASETS.contains(dataset);
    }

    /** The signals a map of {@code dataset} sweeps unless told otherwise. */
    public static List<String> signals(String dataset) {
        return isText(dataset) ? TEXT_SIGNALS : SIGNALS;
    }

    /** The ConvNet of a map of {@code dataset} unless told otherwise: kdd4, or the small char-CNN for texts. */
    public static String arch(String dataset) {
        return isText(dataset) ? Catalog.CHAR_CNN_SMALL : Catalog.KDD4;
    }

    /** The baselines of a map of {@code dataset} unless told otherwise: the demo's text baselines for texts. */
    public static List<String> baselines(String dataset) {
        return isText(dataset) ? DefaultSuite.TEXT_BASELINES : BASELINES;
    }

    /** Training samples per run of a map of {@code dataset} unless told otherwise: the demo's. */
    public static int train(String dataset) {
        return isText(dataset) ? DefaultSuite.TEXT_TRAIN : TRAIN;
    }

    /** Test samples per split of a map of {@code dataset} unless told otherwise: the demo's. */
    public static int test(String dataset) {
        return isText(dataset) ? DefaultSuite.TEXT_TEST : TEST;
    }

    /**
     * @param variants the ConvNet variants beside the plain one ({@link Catalog#VARIANTS} or a subset)
     * @param epochs   ConvNet epochs (null: the quick preset's, early stopping)
     */
    public static List<RunSpec> specs(String dataset, List<String> signals, ScaleGrid grid, List<Long> seeds,
                                      String arch, List<String> variants, List<String> baselines, int train,
                                      int test, Integer epochs) {
        List<String> convnets = new ArrayList<>();
        convnets.add(null); // the ConvNet as published, with the baselines
        convnets.addAll(variants);
        List<RunSpec> specs = new ArrayList<>();
        for (String type : signals) {
            if (!(SignalSpec.of(type) instanceof SignalSpec.Graded graded)) {
                throw new IllegalArgumentException("signal '" + type + "' has no strength to sweep; these do: "
                        + SIGNALS + " on images, " + TEXT_SIGNALS + " on texts");
            }
            if (graded instanceof SignalSpec.Prevalent != isText(dataset)) {
                throw new IllegalArgumentException("signal '" + type + "' does not apply to " + dataset
                        + "; its signals with a strength: " + signals(dataset));
            }
            List<Double> strengths = grid.values().stream()
                    .filter(x -> !type.equals(Catalog.RANDOM_PIXEL) || x <= RANDOM_PIXEL_MAX).toList();
            for (double strength : strengths) {
                for (long seed : seeds) {
                    for (String variant : convnets) {
                        specs.add(RunSpecs.complete(new RunSpec(null, null, new DatasetSpec(dataset, train, test),
                                graded.withStrength(strength), seed, new ConvNetSpec(arch, Catalog.QUICK, epochs,
                                null, null, null, null, variant), variant == null ? baselines : List.of(), null)));
                    }
                }
            }
        }
        return List.copyOf(specs);
    }
}
