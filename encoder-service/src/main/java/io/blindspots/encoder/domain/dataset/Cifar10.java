package io.blindspots.encoder.domain.dataset;

import io.blindspots.events.stream.ImageShape;
import io.blindspots.encoder.domain.LabeledImages;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * CIFAR-10 from its official binary version ({@code cifar-10-batches-bin}): {@code data_batch_1.bin} …
 * {@code data_batch_5.bin} and {@code test_batch.bin}, each 10,000 records of one label byte and 3,072 pixel bytes
 * (the red, green and blue 32×32 planes: already channels-first). Limits take the first images.
 */
public final class Cifar10 {

    public static final String NAME = "cifar10";
    public static final ImageShape SHAPE = new ImageShape(3, 32, 32);
    public static final List<String> CLASSES = List.of("airplane", "automobile", "bird", "cat", "deer", "dog", "frog",
            "horse", "ship", "truck");
    public static final List<String> TRAIN_FILES = List.of("data_batch_1.bin", "data_batch_2.bin", "data_batch_3.bin",
            "data_batch_4.bin", "data_batch_5.bin");
    public static final String TEST_FILE = "test_batch.bin";
    static final int RECORD = 1 + 3072;
    static final int RECORDS_PER_FILE = 10_000;

    private Cifar10() {
    }

    public static Dataset load(Path dir, Integer trainLimit, Integer testLimit) {
        List<String> expected = new ArrayList<>(TRAIN_FILES);
        expected.add(TEST_FILE);
        for (String name : expected) {
            Path file = dir.resolve(name);
            if (!Files.isRegularFile(file)) {
                throw new DatasetFileException("CIFAR-10 not found: missing " + file + "; expected the binary version's "
                        + expected + " in " + dir + " (set blindspots.encoder.cifar10-dir)");
            }
            long size = size(file);
            if (size == 0 || size % RECORD != 0) {
                throw new DatasetFileException(file + " has " + size + " bytes, not a whole number of 3,073-byte records"
                        + " (the official batches hold 10,000 = " + (long) RECORD * RECORDS_PER_FILE
                        + " bytes): truncated or not CIFAR-10");
            }
        }
        return new Dataset(NAME, SHAPE, CLASSES,
                read(dir, TRAIN_FILES, trainLimit == null ? Integer.MAX_VALUE : trainLimit),
                read(dir, List.of(TEST_FILE), testLimit == null ? Integer.MAX_VALUE : testLimit));
    }

    private static LabeledImages read(Path dir, List<String> files, int limit) {
        long available = files.stream().mapToLong(f -> size(dir.resolve(f)) / RECORD).sum();
        int count = (int) Math.min(limit, available);
        int[] labels = new int[count];
        byte[] pixels = new byte[count * 3072];
        int at = 0;
        byte[] record = new byte[RECORD];
        for (String name : files) {
            try (InputStream in = Files.newInputStream(dir.resolve(name))) {
                while (at < count && in.readNBytes(record, 0, RECORD) == RECORD) {
                    labels[at] = Byte.toUnsignedInt(record[0]);
                    if (labels[at] >= CLASSES.size()) {
                        throw new DatasetFileException(dir.resolve(name) + " has label " + labels[at] + "; allowed 0-9");
                    }
                    System.arraycopy(record, 1, pixels, at * 3072, 3072);
                    at++;
                }
            } catch (IOException e) {
                throw new DatasetFileException("cannot read " + dir.resolve(name) + ": " + e.getMessage(), e);
            }
            if (at == count) {
                break;
            }
        }
        return new LabeledImages(SHAPE, labels, Pixels.fromBytes(pixels));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new DatasetFileException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
