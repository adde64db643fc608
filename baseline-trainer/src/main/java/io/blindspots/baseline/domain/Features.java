package io.blindspots.baseline.domain;

import io.blindspots.events.stream.ImageShape;
import io.blindspots.events.stream.SampleShape;
import io.blindspots.runtime.stream.SplitData;

/**
 * Images as the feature vectors the baselines see: each image's channels-first pixels, flattened in stream order
 * (channel, row, column), one row per image, as the paper's baselines saw the raw pixels.
 */
public final class Features {

    private Features() {
    }

    /**
     * The planes a row holds: an image's channels, one for any other sample (a sequence of symbol codes), so that
     * per-position models see one value per position.
     */
    public static int channels(SampleShape shape) {
        return shape instanceof ImageShape image ? image.channels() : 1;
    }

    /** The rows of the chosen images, and nothing else copied. */
    public static float[][] rows(SplitData split, int[] indices) {
        float[][] rows = new float[indices.length][];
        for (int r = 0; r < indices.length; r++) {
            rows[r] = split.sample(indices[r]);
        }
        return rows;
    }

    /** The rows of images {@code from} (inclusive) to {@code to} (exclusive). */
    public static float[][] rows(SplitData split, int from, int to) {
        float[][] rows = new float[to - from][];
        for (int i = from; i < to; i++) {
            rows[i - from] = split.sample(i);
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
