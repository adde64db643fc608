package io.blindspots.baseline.domain;

/** A model fitted once and then only asked: immutable, safe to share between threads. */
public interface FittedModel {

    /**
     * Predicts one class label per row.
     *
     * @param x feature vectors (flattened images, channels-first), one per row, as wide as the training rows
     * @return the predicted labels, in the label space of the training data
     */
    int[] predict(float[][] x);
}
