package io.blindspots.baseline.domain;

/**
 * scikit-learn's {@code StandardScaler()}: each feature minus its training mean, divided by its training standard
 * deviation (ddof 0); a constant feature keeps scale 1, as scikit-learn does, so it stays constant instead of dividing
 * by zero.
 */
record Standardizer(double[] mean, double[] scale) {

    static Standardizer fit(float[][] x) {
        int p = x[0].length;
        double[] mean = new double[p];
        for (float[] row : x) {
            for (int j = 0; j < p; j++) {
                mean[j] += row[j];
            }
        }
        for (int j = 0; j < p; j++) {
            mean[j] /= x.length;
        }
        double[] scale = new double[p];
        for (float[] row : x) {
            for (int j = 0; j < p; j++) {
                double d = row[j] - mean[j];
                scale[j] += d * d;
            }
        }
        for (int j = 0; j < p; j++) {
            double sd = Math.sqrt(scale[j] / x.length);
            scale[j] = sd > 1e-12 ? sd : 1;
        }
        return new Standardizer(mean, scale);
    }

    int features() {
        return mean.length;
    }

    double[] apply(float[] row) {
        if (row.length != mean.length) {
            throw new IllegalArgumentException("a row of " + row.length + " features for a model of " + mean.length);
        }
        double[] z = new double[row.length];
        for (int j = 0; j < z.length; j++) {
            z[j] = (row[j] - mean[j]) / scale[j];
        }
        return z;
    }

    double[][] apply(float[][] rows) {
        double[][] z = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            z[i] = apply(rows[i]);
        }
        return z;
    }
}
