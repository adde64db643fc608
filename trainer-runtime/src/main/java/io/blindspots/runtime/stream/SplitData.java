package io.blindspots.runtime.stream;

import java.util.Arrays;
import java.util.Objects;

/**
 * All samples of one split, held as the stream carried them: float32 values (images) or one unsigned byte per symbol
 * code (sequences: a quarter of the memory floats would take, so a 650,000-text training split is 659 MB, not 2.6
 * GB), read as floats either way, in pages of whole samples so that no split is bounded by one array's length. A
 * {@linkplain #subset(int[]) subset} is a view that shares the storage.
 */
public final class SplitData {

    /** Values per page: a split is stored in pages of whole samples, so none is limited by one array's 2^31 length. */
    static final int PAGE_VALUES = 1 << 28;

    private final int[] labels;
    /** Float32 pages, or null when the values are symbol codes. */
    private final float[][] floats;
    /** One-byte code pages, or null when the values are floats. */
    private final byte[][] codes;
    private final int samplesPerPage;
    /** The storage row of each sample of this view; null when sample i is row i. */
    private final int[] rows;
    private final int sampleSize;

    /**
     * @param labels     class index per sample
     * @param values     the samples' values, sample after sample (for images: channels-first pixels)
     * @param sampleSize values per sample
     */
    public SplitData(int[] labels, float[] values, int sampleSize) {
        this(labels, new float[][] {Objects.requireNonNull(values, "values")}, null, Math.max(1, labels.length), null,
                sampleSize);
        requireSize(values.length);
    }

    private SplitData(int[] labels, float[][] floats, byte[][] codes, int samplesPerPage, int[] rows, int sampleSize) {
        if (sampleSize < 1) {
            throw new IllegalArgumentException("sample size " + sampleSize);
        }
        this.labels = labels;
        this.floats = floats;
        this.codes = codes;
        this.samplesPerPage = samplesPerPage;
        this.rows = rows;
        this.sampleSize = sampleSize;
    }

    private void requireSize(long stored) {
        if ((long) labels.length * sampleSize != stored) {
            throw new IllegalArgumentException(stored + " values for " + labels.length + " samples of " + sampleSize);
        }
    }

    /** Samples of symbol codes in [0, 255], one byte each (sample after sample). */
    public static SplitData ofCodes(int[] labels, byte[] codes, int sampleSize) {
        SplitData data = new SplitData(labels, null, new byte[][] {Objects.requireNonNull(codes, "codes")},
                Math.max(1, labels.length), null, sampleSize);
        data.requireSize(codes.length);
        return data;
    }

    /** How many samples of {@code sampleSize} values a page holds. */
    static int samplesPerPage(int sampleSize) {
        return Math.max(1, PAGE_VALUES / sampleSize);
    }

    /** Storage for {@code count} samples, in pages of {@link #samplesPerPage}, filled by a {@link Writer}. */
    static Writer writer(int count, int sampleSize, boolean asCodes) {
        return new Writer(count, sampleSize, asCodes, samplesPerPage(sampleSize));
    }

    /** As above, with pages of {@code samplesPerPage} samples (tests: pages without gigabytes). */
    static Writer writer(int count, int sampleSize, boolean asCodes, int samplesPerPage) {
        return new Writer(count, sampleSize, asCodes, samplesPerPage);
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
        int row = row(sample);
        int at = (row % samplesPerPage) * sampleSize + position;
        return floats != null ? floats[row / samplesPerPage][at] : codes[row / samplesPerPage][at] & 0xFF;
    }

    /** Copies sample {@code sample}'s values into {@code target} from {@code offset}. */
    public void copySample(int sample, float[] target, int offset) {
        int row = row(sample);
        int from = (row % samplesPerPage) * sampleSize;
        if (floats != null) {
            System.arraycopy(floats[row / samplesPerPage], from, target, offset, sampleSize);
        } else {
            byte[] page = codes[row / samplesPerPage];
            for (int p = 0; p < sampleSize; p++) {
                target[offset + p] = page[from + p] & 0xFF;
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
        return new SplitData(chosenLabels, floats, codes, samplesPerPage, chosenRows, sampleSize);
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

    /** Fills a split's pages sample by sample, then {@linkplain #build() becomes} its {@link SplitData}. */
    static final class Writer {

        private final int[] labels;
        private final float[][] floats;
        private final byte[][] codes;
        private final int samplesPerPage;
        private final int sampleSize;
        private int filled;

        private Writer(int count, int sampleSize, boolean asCodes, int samplesPerPage) {
            this.labels = new int[count];
            this.sampleSize = sampleSize;
            this.samplesPerPage = samplesPerPage;
            int pages = (count + samplesPerPage - 1) / samplesPerPage;
            this.floats = asCodes ? null : new float[pages][];
            this.codes = asCodes ? new byte[pages][] : null;
            for (int page = 0; page < pages; page++) {
                int values = Math.min(samplesPerPage, count - page * samplesPerPage) * sampleSize;
                if (asCodes) {
                    codes[page] = new byte[values];
                } else {
                    floats[page] = new float[values];
                }
            }
        }

        int filled() {
            return filled;
        }

        /** Appends one sample: {@code values[from .. from + sampleSize)} (codes as their integral float values). */
        void append(int label, float[] values, int from) {
            int page = filled / samplesPerPage;
            int at = (filled % samplesPerPage) * sampleSize;
            if (floats != null) {
                System.arraycopy(values, from, floats[page], at, sampleSize);
            } else {
                byte[] target = codes[page];
                for (int p = 0; p < sampleSize; p++) {
                    target[at + p] = (byte) (int) values[from + p]; // a U8 value decodes to an integral float
                }
            }
            labels[filled++] = label;
        }

        /** Whether sample {@code sample} holds exactly this label and these values. */
        boolean holds(int sample, int label, float[] values, int from) {
            if (labels[sample] != label) {
                return false;
            }
            int page = sample / samplesPerPage;
            int at = (sample % samplesPerPage) * sampleSize;
            if (floats != null) {
                return Arrays.equals(floats[page], at, at + sampleSize, values, from, from + sampleSize);
            }
            for (int p = 0; p < sampleSize; p++) {
                if ((codes[page][at + p] & 0xFF) != values[from + p]) {
                    return false;
                }
            }
            return true;
        }

        SplitData build() {
            if (filled != labels.length) {
                throw new IllegalStateException(filled + " of " + labels.length + " samples written");
            }
            return new SplitData(labels, floats, codes, samplesPerPage, null, sampleSize);
        }
    }
}
