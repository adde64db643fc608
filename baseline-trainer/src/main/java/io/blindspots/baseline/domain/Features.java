package io.blindspots.baseline.domain;

import io.blindspots.events.stream.SplitData;

/**
 * Images as the feature vectors the baselines see: each image's channels-first pixels, flattened in stream order
 * (channel, row, column), one row per image, as the paper's baselines saw the raw pixels.
 */
public final class Features {

    private Features() {
    }

    /** The rows of the chosen images, and nothing else copied. */
    public static float[][] rows(SplitData split, int[] indices) {
        float[][] rows = new float[indices.length][];
        for (int r = 0; r < indices.length; r++) {
            rows[r] = split.image(indices[r]);
        }
        return rows;
    }

    /** The rows of images {@code from} (inclusive) to {@code to} (exclusive). */
    public static float[][] rows(SplitData split, int from, int to) {
        float[][] rows = new float[to - from][];
        for (int i = from; i < to; i++) {
            rows[i - from] = split.image(i);
        }
        return rows;
    }

    /** The labels of the chosen images. */
    public static int[] labels(SplitData split, int[] indices) {
        int[] labels = new int[indices.length];
        for (int r = 0; r < indices.length; r++) {
            labels[r] = split.labels()[indices[r]];
        }
        return labels;
    }
}
