package io.blindspots.encoder.domain;

import io.blindspots.events.stream.SampleShape;

/**
 * One part (train or test) of a dataset: its labels, and its samples read a range at a time, so that a part need not
 * be held in memory (a 650,000-row text CSV is read from disk as it is encoded). Reads are cheapest in order.
 */
public interface Samples {

    /** The shape of every sample. */
    SampleShape shape();

    /** Class index per sample; the array is the part's own, do not change it. */
    int[] labels();

    default int count() {
        return labels().length;
    }

    /**
     * Writes samples {@code from} .. {@code from + count - 1}, one after another, into {@code values} from index 0.
     *
     * @throws io.blindspots.encoder.domain.dataset.DatasetFileException when a file-backed part cannot be read
     */
    void read(int from, int count, float[] values);

    /** A copy of sample {@code i}. */
    default float[] sample(int i) {
        float[] values = new float[shape().size()];
        read(i, 1, values);
        return values;
    }
}
