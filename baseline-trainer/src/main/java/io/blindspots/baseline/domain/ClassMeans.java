package io.blindspots.baseline.domain;

/**
 * Per-class row counts and feature means, the first step of both discriminant analyses.
 *
 * @param counts rows of each class in [0, K); 0 for a class absent from the training sample
 * @param means  mean row of each class (zeros for an absent class)
 */
record ClassMeans(int[] counts, double[][] means) {

    static ClassMeans of(float[][] x, int[] y, int classCount) {
        if (x.length == 0 || x.length != y.length) {
            throw new IllegalArgumentException(x.length + " rows for " + y.length + " labels");
        }
        int p = x[0].length;
        int[] counts = new int[classCount];
        double[][] means = new double[classCount][p];
        for (int i = 0; i < x.length; i++) {
            counts[y[i]]++;
            double[] mean = means[y[i]];
            for (int j = 0; j < p; j++) {
                mean[j] += x[i][j];
            }
        }
        for (int k = 0; k < classCount; k++) {
            for (int j = 0; j < p && counts[k] > 0; j++) {
                means[k][j] /= counts[k];
            }
        }
        return new ClassMeans(counts, means);
    }

    int present() {
        int present = 0;
        for (int count : counts) {
            present += count > 0 ? 1 : 0;
        }
        return present;
    }

    /** The class's share of the training rows. */
    double prior(int k) {
        int n = 0;
        for (int count : counts) {
            n += count;
        }
        return (double) counts[k] / n;
    }
}
