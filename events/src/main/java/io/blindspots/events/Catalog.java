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
    /** Built-in 5-class texts whose classes differ by word distribution (no download). */
    public static final String SYNTHETIC_TEXT = "synthetic-text";
    /** Zhang et al. 2015's Yelp Review Full, CSV files from the encoder's config. */
    public static final String YELP_FULL = "yelp-full";
    /** Zhang et al. 2015's Amazon Review Full, CSV files from the encoder's config. */
    public static final String AMAZON_FULL = "amazon-full";
    /** Any directory of {@code train.csv}/{@code test.csv} in Zhang et al.'s format, from the encoder's config. */
    public static final String TEXT_CSV = "text-csv";
    public static final List<String> IMAGE_DATASETS = List.of(SYNTHETIC_SHAPES, CIFAR10, FASHION_MNIST);
    /** The text datasets, in the order of the paper's Table 3 (built-in first). */
    public static final List<String> TEXT_DATASETS = List.of(SYNTHETIC_TEXT, YELP_FULL, AMAZON_FULL, TEXT_CSV);
    public static final List<String> DATASETS = List.of(SYNTHETIC_SHAPES, CIFAR10, FASHION_MNIST, SYNTHETIC_TEXT,
            YELP_FULL, AMAZON_FULL, TEXT_CSV);

    public static final String NONE = "none";
    public static final String ONE_PIXEL = "one-pixel";
    public static final String PATTERN_PIXELS = "pattern-pixels";
    public static final String RANDOM_PIXEL = "random-pixel";
    public static final String MULTIPLE_LOCATIONS = "multiple-locations";
    public static final String NOISE = "noise";
    public static final String MEAN = "mean";
    public static final String BLANK_ONE_PIXEL = "blank-one-pixel";
    /** The image signals, in the order of the paper's Table 1 (none first, the control last). */
    public static final List<String> IMAGE_SIGNALS = List.of(NONE, ONE_PIXEL, PATTERN_PIXELS, RANDOM_PIXEL,
            MULTIPLE_LOCATIONS, NOISE, MEAN, BLANK_ONE_PIXEL);
    public static final String MNEMONIC = "mnemonic";
    public static final String LENGTH = "length";
    public static final String PATTERN_CHAR = "pattern-char";
    /** The text signals, in the order of the paper's Table 3 (none first: the clean rows). */
    public static final List<String> TEXT_SIGNALS = List.of(NONE, MNEMONIC, LENGTH, PATTERN_CHAR);
    /** Every signal type: the image signals, then the text ones. */
    public static final List<String> SIGNALS = List.of(NONE, ONE_PIXEL, PATTERN_PIXELS, RANDOM_PIXEL,
            MULTIPLE_LOCATIONS, NOISE, MEAN, BLANK_ONE_PIXEL, MNEMONIC, LENGTH, PATTERN_CHAR);

    public static final String RESNET56 = "resnet56";
    public static final String KDD4 = "kdd4";
    /** Zhang et al. 2015's small and large character-level ConvNets. */
    public static final String CHAR_CNN_SMALL = "char-cnn-small";
    public static final String CHAR_CNN_LARGE = "char-cnn-large";
    public static final List<String> ARCHS = List.of(RESNET56, KDD4, CHAR_CNN_SMALL, CHAR_CNN_LARGE);
    /** The ConvNets of images: the ones a {@code convnet.variant} applies to. */
    public static final List<String> IMAGE_ARCHS = List.of(RESNET56, KDD4);

    /** Two coordinate channels (x and y in [-1, 1]) appended to the input image (Liu et al. 2018, CoordConv). */
    public static final String COORDCONV = "coordconv";
    /** A linear branch from the raw input pixels straight into the classifier, beside the convolutions. */
    public static final String GLOBAL_BRANCH = "global-branch";
    /** The network without its pooling layers (kdd4: the two max-pools; resnet56: the global average pool). */
    public static final String NO_POOLING = "no-pooling";
    /**
     * kdd4 with each max-pool replaced by a stride of 2 in the convolution before it (Springenberg et al. 2015, "the
     * all convolutional net"): the same maps and parameters, the downsampling learnt instead of a maximum. Of kdd4
     * only: resnet56 has no max-pools, its downsampling is stride-2 convolutions already.
     */
    public static final String ALL_CONV = "all-conv";
    /** The remedies of the blindspots a spec's {@code convnet.variant} may name. */
    public static final List<String> VARIANTS = List.of(COORDCONV, GLOBAL_BRANCH, NO_POOLING, ALL_CONV);

    /** The variants of {@code arch}: all of {@link #VARIANTS} for kdd4, all but all-conv for resnet56, none else. */
    public static List<String> variants(String arch) {
        if (KDD4.equals(arch)) {
            return VARIANTS;
        }
        return RESNET56.equals(arch) ? VARIANTS.stream().filter(v -> !ALL_CONV.equals(v)).toList() : List.of();
    }

    public static final String QUICK = "quick";
    public static final String PAPER = "paper";
    public static final List<String> PRESETS = List.of(QUICK, PAPER);

    public static final String GAUSSIAN_NB = "gaussian-nb";
    public static final String DECISION_TREE = "decision-tree";
    public static final String EXTRA_TREES = "extra-trees";
    public static final String RANDOM_FOREST = "random-forest";
    public static final String LOGISTIC_REGRESSION = "logistic-regression";
    public static final String LDA = "lda";
    public static final String QDA = "qda";
    /** The paper's "Shallow Linear NN": one softmax layer over all pixels. */
    public static final String PERCEPTRON = "perceptron";
    /** One hidden layer. */
    public static final String SHALLOW_NN = "shallow-nn";
    /** Per-position linear detectors, a max over positions, then a softmax layer. */
    public static final String SHALLOW_MAX_NN = "shallow-max-nn";
    /** The baselines, in the order of the paper's Table 1. */
    public static final List<String> BASELINES = List.of(GAUSSIAN_NB, DECISION_TREE, EXTRA_TREES, RANDOM_FOREST,
            LOGISTIC_REGRESSION, LDA, QDA, PERCEPTRON, SHALLOW_NN, SHALLOW_MAX_NN);

    private Catalog() {
    }
}
