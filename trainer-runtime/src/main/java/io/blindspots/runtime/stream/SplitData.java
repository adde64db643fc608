package io.blindspots.runtime.stream;

import java.util.Arrays;
import java.util.Objects;

/**
 * All samples of one split, held as the stream carried them: float32 values (images) or one unsigned byte per symbol
 * code (sequences: a quarter of the memory floats would take, so a 650,000-text training split is 659 MB, not 2.6
 * GB), read as floats either way. A {@linkplain #subset(int[]) subset} is a view that shares the storage.
 */
public final class SplitData {

    private final int[] labels;
    private final float[] floats;
    private final byte[] codes;
    /** The storage row of each sample of this view; null when sample i is row i. */
    private final int[] rows;
    private final int sampleSize;

    /**
     * @param labels     class index per sample
     * @param values     the samples' values, sample after sample (for images: channels-first pixels)
     * @param sampleSize values per sample
     */
    public SplitData(int[] labels, float[] values, int sampleSize) {
        this(labels, Objects.requireNonNull(values, "values"), null, null, sampleSize, values.length);
    }

    private SplitData(int[] labels, float[] floats, byte[] codes, int[] rows, int sampleSize, long stored) {
        if (sampleSize < 1) {
            throw new IllegalArgumentException("sample size " + sampleSize);
        }
        if (rows == null && (long) labels.length * sampleSize != stored) {
            throw new IllegalArgumentException(stored + " values for " + labels.length + " samples of " + sampleSize);
        }
        this.labels = labels;
        this.floats = floats;
        this.codes = codes;
        this.rows = rows;
        this.sampleSize = sampleSize;
    }

    /** Samples of symbol codes in [0, 255], one byte each (sample after sample). */
    public static SplitData ofCodes(int[] labels, byte[] codes, int sampleSize) {
        return new SplitData(labels, null, Objects.requireNonNull(codes, "codes"), null, sampleSize, codes.length);
    }

    public int count() {
        return labels.length;
    }

    /** Class index per sample (the array itself: do not modify). */
    public int[] labels() {
        return labels;
    }

    public int sampleSize() {
        return sampleSize;
    }

    /** Value {@code position} of sample {@code sample}. */
    public float value(int sample, int position) {
        int at = row(sample) * sampleSize + position;
        return floats != null ? floats[at] : codes[at] & 0xFF;
    }

    /** Copies sample {@code sample}'s values into {@code target} from {@code offset}. */
    public void copySample(int sample, float[] target, int offset) {
        int from = row(sample) * sampleSize;
        if (floats != null) {
            System.arraycopy(floats, from, target, offset, sampleSize);
        } else {
            for (int p = 0; p < sampleSize; p++) {
                target[offset + p] = codes[from + p] & 0xFF;
            }
        }
    }

    /** A copy of sample {@code i}'s values. */
    public float[] sample(int i) {
        float[] sample = new float[sampleSize];
        copySample(i, sample, 0);
        return sample;
    }

    /** Every value as a float, sample after sample (a copy: count × sample size floats). */
    public float[] toFloats() {
        float[] values = new float[count() * sampleSize];
        for (int i = 0; i < count(); i++) {
            copySample(i, values, i * sampleSize);
        }
        return values;
    }

    /** The chosen samples, in the given order, as a view on the same storage (nothing copied but the labels). */
    public SplitData subset(int[] indices) {
        int[] chosenLabels = new int[indices.length];
        int[] chosenRows = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            chosenLabels[i] = labels[indices[i]];
            chosenRows[i] = row(indices[i]);
        }
        return new SplitData(chosenLabels, floats, codes, chosenRows, sampleSize, -1);
    }

    private int row(int sample) {
        Objects.checkIndex(sample, labels.length);
        return rows == null ? sample : rows[sample];
    }

    /** Same samples, labels and values, whichever storage holds them. */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SplitData other) || other.sampleSize != sampleSize || !Arrays.equals(other.labels, labels)) {
            return false;
        }
        for (int i = 0; i < count(); i++) {
            if (!Arrays.equals(sample(i), other.sample(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(labels) + sampleSize;
    }

    @Override
    public String toString() {
        return "SplitData[" + count() + " samples of " + sampleSize + (floats != null ? " floats" : " codes") + "]";
    }
}
