package io.blindspots.encoder.domain.text;

import io.blindspots.encoder.domain.dataset.Dataset;
import io.blindspots.encoder.domain.dataset.DatasetFileException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A text dataset in Zhang et al.'s layout: {@code train.csv} and {@code test.csv} in one directory (and, optionally,
 * {@code classes.txt}, one class name a line), each limited to its first rows. The texts stay on disk
 * ({@link CsvTextSamples}).
 */
public final class ZhangCsvDataset {

    /** The class names of Yelp and Amazon Review Full, whose classes are the star ratings 1 to 5. */
    public static final List<String> STARS = SyntheticText.CLASS_NAMES;

    private ZhangCsvDataset() {
    }

    /**
     * @param configKey  the encoder setting that names {@code dir}, for the error message
     * @param classNames the dataset's classes, or null to read {@code classes.txt} or count the training file's
     * @throws DatasetFileException naming the file (and line) that is missing or malformed
     */
    public static Dataset load(String name, Path dir, String configKey, List<String> classNames, Integer trainLimit,
                               Integer testLimit) {
        Path train = dir.resolve("train.csv");
        Path test = dir.resolve("test.csv");
        for (Path file : List.of(train, test)) {
            if (!Files.isRegularFile(file)) {
                throw new DatasetFileException("dataset '" + name + "': " + file + " is missing; expected train.csv"
                        + " and test.csv in Zhang et al.'s CSV format in " + dir + " (set " + configKey + ")");
            }
        }
        List<String> names = classNames != null ? classNames : classesFile(dir);
        CsvTextSamples trainPart = CsvTextSamples.open(train, trainLimit, names == null ? 0 : names.size());
        if (names == null) {
            int classes = Arrays.stream(trainPart.labels()).max().orElse(0) + 1;
            names = IntStream.rangeClosed(1, classes).mapToObj(k -> "class " + k).toList();
        }
        CsvTextSamples testPart = CsvTextSamples.open(test, testLimit, names.size());
        return new Dataset(name, ZhangEncoding.SHAPE, names, trainPart, testPart);
    }

    private static List<String> classesFile(Path dir) {
        Path file = dir.resolve("classes.txt");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            List<String> names = Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
            if (names.isEmpty()) {
                throw new DatasetFileException(file + ": holds no class names; expected one name a line");
            }
            return names;
        } catch (IOException e) {
            throw new DatasetFileException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
