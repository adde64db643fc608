package io.blindspots.runtime.stream;

/**
 * All samples of one split, concatenated.
 *
 * @param labels     class index per sample
 * @param values     the samples' values, sample after sample (for images: channels-first pixels)
 * @param sampleSize values per sample
 */
public record SplitData(int[] labels, float[] values, int sampleSize) {

    public int count() {
        return labels.length;
    }

    /** A copy of sample {@code i}'s values. */
    public float[] sample(int i) {
        float[] sample = new float[sampleSize];
        System.arraycopy(values, i * sampleSize, sample, 0, sampleSize);
        return sample;
    }
}
