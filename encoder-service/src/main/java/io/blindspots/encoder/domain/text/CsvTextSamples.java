package io.blindspots.encoder.domain.text;

import io.blindspots.encoder.domain.Samples;
import io.blindspots.encoder.domain.dataset.DatasetFileException;
import io.blindspots.events.stream.SampleShape;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * One part of a text dataset read from a Zhang CSV file as it is encoded: only the labels are held (4 bytes a row),
 * the texts are read again from the file, in order, for every pass (the train split once, the test part once for
 * each of the three test splits). Opening checks every row (the whole file, up to the limit), so a malformed row
 * rejects the run before anything is published.
 *
 * <p>Not thread-safe: one encoding reads it at a time.
 */
public final class CsvTextSamples implements Samples {

    private final Path file;
    private final int[] labels;
    private ZhangCsvReader reader;
    private int next;

    private CsvTextSamples(Path file, int[] labels) {
        this.file = file;
        this.labels = labels;
    }

    /**
     * Reads the labels of the first {@code limit} rows and checks every one of them.
     *
     * @param classes the dataset's number of classes, or 0 to take any 1-based class
     * @throws DatasetFileException naming the file and line of a missing file or a malformed row
     */
    public static CsvTextSamples open(Path file, Integer limit, int classes) {
        int most = limit == null ? Integer.MAX_VALUE : limit;
        int[] labels = new int[1024];
        int n = 0;
        try (ZhangCsvReader in = new ZhangCsvReader(file)) {
            ZhangCsvReader.Row row;
            while (n < most && (row = in.next()) != null) {
                if (classes > 0 && row.label() >= classes) {
                    throw new DatasetFileException(file + ":" + row.line() + ": the class " + (row.label() + 1)
                            + " is outside this dataset's classes; allowed: 1 to " + classes);
                }
                if (n == labels.length) {
                    labels = Arrays.copyOf(labels, labels.length * 2);
                }
                labels[n++] = row.label();
            }
        }
        if (n == 0) {
            throw new DatasetFileException(file + ": holds no rows; expected \"class\",\"title\",\"text\" rows");
        }
        return new CsvTextSamples(file, Arrays.copyOf(labels, n));
    }

    @Override
    public SampleShape shape() {
        return ZhangEncoding.SHAPE;
    }

    @Override
    public int[] labels() {
        return labels;
    }

    @Override
    public void read(int from, int count, float[] values) {
        if (reader == null || from < next) {
            rewind();
        }
        while (next < from) {
            row();
        }
        for (int i = 0; i < count; i++) {
            ZhangEncoding.encode(row().text(), values, i * ZhangEncoding.LENGTH);
        }
        if (next == labels.length) {
            reader.close();
            reader = null;
        }
    }

    private ZhangCsvReader.Row row() {
        ZhangCsvReader.Row row = reader.next();
        if (row == null) {
            throw new DatasetFileException(file + ": ended after " + next + " rows while " + labels.length
                    + " were counted; was it changed while a run was encoded?");
        }
        next++;
        return row;
    }

    private void rewind() {
        if (reader != null) {
            reader.close();
        }
        reader = new ZhangCsvReader(file);
        next = 0;
    }
}
