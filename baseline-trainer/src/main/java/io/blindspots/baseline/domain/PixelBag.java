package io.blindspots.baseline.domain;

/**
 * A flattened channels-first row seen as a bag of positions, for per-position models: position {@code pos} is the
 * pixel's value in every channel.
 *
 * @param channels  values per position
 * @param positions positions per row
 */
record PixelBag(int channels, int positions) {

    static PixelBag of(int features, int channels) {
        if (channels < 1 || features % channels != 0) {
            throw new IllegalArgumentException("rows of " + features + " features for " + channels + " channels");
        }
        return new PixelBag(channels, features / channels);
    }

    /** Inputs per position. */
    static int inputs(int channels) {
        return channels;
    }

    void check(float[] row) {
        if (row.length != channels * positions) {
            throw new IllegalArgumentException("a row of " + row.length + " features where the model was fitted on "
                    + channels * positions);
        }
    }

    /** Writes position {@code pos}'s inputs into {@code into}. */
    void input(float[] row, int pos, double[] into) {
        for (int c = 0; c < channels; c++) {
            into[c] = row[c * positions + pos];
        }
    }
}
