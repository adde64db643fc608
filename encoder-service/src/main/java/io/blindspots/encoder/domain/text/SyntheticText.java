package io.blindspots.encoder.domain.text;

import io.blindspots.encoder.domain.Samples;
import io.blindspots.encoder.domain.Seeds;
import io.blindspots.encoder.domain.dataset.Dataset;
import io.blindspots.events.Catalog;
import io.blindspots.events.stream.SampleShape;

import java.util.List;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * The built-in text dataset: five classes of reviews written from one shared vocabulary, each class with its own
 * word distribution (every word is possible in every class, a class's favourite words are only more frequent), in
 * sentences of random length, so no fixed position tells the class and a model has to read words. A text is a pure
 * function of (seed, part, index) and is generated when it is read, so a part costs only its labels in memory.
 */
public final class SyntheticText {

    public static final int DEFAULT_TRAIN = 5_000;
    public static final int DEFAULT_TEST = 1_000;
    public static final List<String> CLASS_NAMES = List.of("1 star", "2 stars", "3 stars", "4 stars", "5 stars");

    private static final int TRAIN_PART = 11;
    private static final int TEST_PART = 12;

    private SyntheticText() {
    }

    /** The train and test parts; null limits take the defaults. */
    public static Dataset load(Integer trainLimit, Integer testLimit, long seed) {
        return new Dataset(Catalog.SYNTHETIC_TEXT, ZhangEncoding.SHAPE, CLASS_NAMES,
                part(trainLimit == null ? DEFAULT_TRAIN : trainLimit, seed, TRAIN_PART),
                part(testLimit == null ? DEFAULT_TEST : testLimit, seed, TEST_PART));
    }

    /**
     * Text {@code index} of a part (any int; the dataset's train and test parts are 11 and 12), its label written to
     * {@code label[0]}, drawn first from the same generator. Benchmarks write CSVs of it.
     */
    public static String text(long seed, int part, int index, int[] label) {
        SplittableRandom random = Seeds.forImage(seed, part, index);
        label[0] = random.nextInt(CLASS_NAMES.size());
        return SyntheticReviews.write(label[0], random);
    }

    /**
     * Writes texts {@code 0 .. rows-1} of a part as a Zhang-format CSV ({@code "class","text"}, the class 1-based,
     * quoted, a quote doubled, a {@code \\n} escape after each "!" and a quoted word at the end of each text, so
     * every escape the reader handles occurs): the file benchmarks and the text-scale test feed to {@code text-csv}.
     */
    public static void writeZhangCsv(Path file, long seed, int part, int rows) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        int[] label = new int[1];
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < rows; i++) {
                String text = text(seed, part, i, label);
                out.write("\"" + (label[0] + 1) + "\",\"" + text.replace("\"", "\"\"").replace("! ", "!\\n")
                        + " \"\"quoted\"\"\"\n");
            }
        }
    }

    private static Samples part(int count, long seed, int part) {
        int[] labels = new int[count];
        int[] label = new int[1];
        for (int i = 0; i < count; i++) {
            labels[i] = Seeds.forImage(seed, part, i).nextInt(CLASS_NAMES.size());
        }
        return new Samples() {
            @Override
            public SampleShape shape() {
                return ZhangEncoding.SHAPE;
            }

            @Override
            public int[] labels() {
                return labels;
            }

            @Override
            public void read(int from, int n, float[] values) {
                for (int i = 0; i < n; i++) {
                    ZhangEncoding.encode(text(seed, part, from + i, label), values, i * ZhangEncoding.LENGTH);
                }
            }
        };
    }
}
