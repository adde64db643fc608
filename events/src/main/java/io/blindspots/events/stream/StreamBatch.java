package io.blindspots.events.stream;

import io.blindspots.events.Split;

import java.util.Arrays;
import java.util.Objects;

/**
 * A slice of one split: {@code labels.length} samples of {@code sampleSize} values each.
 *
 * @param runId      the run
 * @param sequence   0-based position among the run's batches; a replayed batch has the same sequence
 * @param split      which split the samples belong to
 * @param sampleSize values per sample (the header's {@link SampleShape#size()})
 * @param encoding   how the values travel (the header's {@link SampleShape#encoding()})
 * @param labels     class index of each sample
 * @param values     the samples' values, sample after sample
 */
public record StreamBatch(String runId, int sequence, Split split, int sampleSize, ValueEncoding encoding,
                          int[] labels, float[] values) implements StreamRecord {

    public StreamBatch {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(encoding, "encoding");
        if (sequence < 0 || sampleSize < 1) {
            throw new IllegalArgumentException("batch sequence " + sequence + " / sample size " + sampleSize);
        }
        if ((long) labels.length * sampleSize != values.length) {
            throw new IllegalArgumentException("batch " + sequence + " holds " + values.length + " values for "
                    + labels.length + " samples of " + sampleSize);
        }
    }

    /** A batch of float32 values: images. */
    public StreamBatch(String runId, int sequence, Split split, int sampleSize, int[] labels, float[] values) {
        this(runId, sequence, split, sampleSize, ValueEncoding.F32, labels, values);
    }

    public int count() {
        return labels.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StreamBatch b && runId.equals(b.runId) && sequence == b.sequence && split == b.split
                && sampleSize == b.sampleSize && encoding == b.encoding && Arrays.equals(labels, b.labels)
                && Arrays.equals(values, b.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(runId, sequence, split, sampleSize, encoding, Arrays.hashCode(labels),
                Arrays.hashCode(values));
    }

    @Override
    public String toString() {
        return "StreamBatch[" + runId + " #" + sequence + " " + split + " x" + labels.length + "]";
    }
}
