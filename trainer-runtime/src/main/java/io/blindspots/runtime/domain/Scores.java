package io.blindspots.runtime.domain;

/**
 * How predictions on a split become the numbers in {@link MetricEvent}s, defined once so that every trainer reports
 * the same quantity under the same name.
 */
public final class Scores {

    private Scores() {
    }

    /** Share of predictions equal to the label. */
    public static double accuracy(int[] labels, int[] predictions) {
        requireSameLength(labels, predictions);
        int correct = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == predictions[i]) {
                correct++;
            }
        }
        return labels.length == 0 ? 0 : (double) correct / labels.length;
    }

    /**
     * Signal reliance on the {@link Split#CONFLICT} split, where an image of class c carries the signal of class
     * (c+1) mod K: the share of predictions that name the signal's class, i.e. follow the signal, not the image.
     */
    public static double signalReliance(int[] labels, int[] predictions, int classes) {
        requireSameLength(labels, predictions);
        int followed = 0;
        for (int i = 0; i < labels.length; i++) {
            if (predictions[i] == (labels[i] + 1) % classes) {
                followed++;
            }
        }
        return labels.length == 0 ? 0 : (double) followed / labels.length;
    }

    private static void requireSameLength(int[] labels, int[] predictions) {
        if (labels.length != predictions.length) {
            throw new IllegalArgumentException(labels.length + " labels for " + predictions.length + " predictions");
        }
    }
}
