package io.blindspots.events;

import java.util.List;

/**
 * The values a run spec may name. The JSON Schema ({@code schemas/run-spec.schema.json}) enumerates the same lists;
 * {@code CatalogTest} keeps the two in step.
 */
public final class Catalog {

    public static final String SYNTHETIC_SHAPES = "synthetic-shapes";
    public static final String CIFAR10 = "cifar10";
    public static final String FASHION_MNIST = "fashion-mnist";
    public static final List<String> DATASETS = List.of(SYNTHETIC_SHAPES, CIFAR10, FASHION_MNIST);

    public static final String NONE = "none";
    public static final String ONE_PIXEL = "one-pixel";
    public static final String PATTERN_PIXELS = "pattern-pixels";
    public static final String RANDOM_PIXEL = "random-pixel";
    public static final String MULTIPLE_LOCATIONS = "multiple-locations";
    public static final String NOISE = "noise";
    public static final String MEAN = "mean";
    public static final String BLANK_ONE_PIXEL = "blank-one-pixel";
    /** The image signals, in the order of the paper's Table 1 (none first, the control last). */
    public static final List<String> SIGNALS = List.of(NONE, ONE_PIXEL, PATTERN_PIXELS, RANDOM_PIXEL,
            MULTIPLE_LOCATIONS, NOISE, MEAN, BLANK_ONE_PIXEL);

    public static final String KDD4 = "kdd4";
    public static final List<String> ARCHS = List.of(KDD4);

    public static final String QUICK = "quick";
    public static final String PAPER = "paper";
    public static final List<String> PRESETS = List.of(QUICK, PAPER);

    public static final String DECISION_TREE = "decision-tree";
    public static final String GAUSSIAN_NB = "gaussian-nb";
    public static final List<String> BASELINES = List.of(DECISION_TREE, GAUSSIAN_NB);

    private Catalog() {
    }
}
