package io.blindspots.baseline.domain;

/**
 * What a baseline is fitted on.
 *
 * @param x          feature vectors, one row per image (flattened channels-first)
 * @param y          class label of each row, in [0, classCount)
 * @param classCount the number of classes K of the run (some may be absent from a small sample)
 * @param seed       seeds every random choice of the fit, so a run is repeatable
 * @param channels   image channels C: a row is C planes of {@code features() / C} pixels each
 */
public record TrainingSet(float[][] x, int[] y, int classCount, long seed, int channels) {

    public TrainingSet {
        if (x.length != y.length) {
            throw new IllegalArgumentException(x.length + " rows for " + y.length + " labels");
        }
        if (x.length == 0) {
            throw new IllegalArgumentException("a baseline needs at least one training row");
        }
        if (classCount < 1) {
            throw new IllegalArgumentException("classCount " + classCount + " < 1");
        }
        if (channels < 1 || x[0].length % channels != 0) {
            throw new IllegalArgumentException(channels + " channels do not divide rows of " + x[0].length);
        }
        for (int label : y) {
            if (label < 0 || label >= classCount) {
                throw new IllegalArgumentException("label " + label + " is not in [0, " + classCount + ")");
            }
        }
    }

    /** Single-channel rows. */
    public TrainingSet(float[][] x, int[] y, int classCount, long seed) {
        this(x, y, classCount, seed, 1);
    }

    public int features() {
        return x[0].length;
    }
}
