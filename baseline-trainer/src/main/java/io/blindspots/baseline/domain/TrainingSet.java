package io.blindspots.baseline.domain;

/**
 * What a baseline is fitted on.
 *
 * @param x          feature vectors, one row per image (flattened channels-first)
 * @param y          class label of each row, in [0, classCount)
 * @param classCount the number of classes K of the run (some may be absent from a small sample)
 * @param seed       seeds every random choice of the fit, so a run is repeatable
 */
public record TrainingSet(float[][] x, int[] y, int classCount, long seed) {

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
    }

    public int features() {
        return x[0].length;
    }
}
