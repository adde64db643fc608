package io.blindspots.baseline.domain;

import smile.classification.LogisticRegression;

/**
 * Multinomial logistic regression (Smile's {@link LogisticRegression}, L-BFGS) on raw pixels, as scikit-learn's
 * {@code LogisticRegression()} fits it by default.
 */
public final class LogisticRegressionBaseline implements FittedModel {

    private final LogisticRegression model;
    private final int features;

    private LogisticRegressionBaseline(LogisticRegression model, int features) {
        this.model = model;
        this.features = features;
    }

    /**
     * @param lambda  L2 penalty: Smile minimises the summed log-loss + lambda/2 |w|²
     * @param tol     convergence tolerance of L-BFGS
     * @param maxIter most L-BFGS iterations
     */
    public record Options(double lambda, double tol, int maxIter) {

        public Options {
            if (!(lambda >= 0) || !(tol > 0) || maxIter < 1) {
                throw new IllegalArgumentException("logistic options " + lambda + "/" + tol + "/" + maxIter);
            }
        }

        /**
         * scikit-learn's defaults in Smile's terms: penalty "l2" with C = 1 minimises C × summed log-loss + |w|²/2,
         * i.e. Smile's lambda = 1/C = 1 (Smile's default is 0.1); max_iter 100 (Smile: 500), which also bounds a fit
         * on 1,250 × 3,072 pixels to seconds; tol 1e-4 (Smile: 1e-5; the stopping rules differ in detail).
         * Left as they are: Smile also penalises nothing but the weights (no intercept penalty), as scikit-learn;
         * no feature scaling, as the default scikit-learn estimator sees the raw pixels.
         */
        public static Options scikitLearn() {
            return new Options(1.0, 1e-4, 100);
        }
    }

    public static LogisticRegressionBaseline fit(float[][] x, int[] y, Options options) {
        if (x.length == 0 || x.length != y.length) {
            throw new IllegalArgumentException(x.length + " rows for " + y.length + " labels");
        }
        LogisticRegression model = LogisticRegression.fit(toDouble(x), y,
                new LogisticRegression.Options(options.lambda(), options.tol(), options.maxIter()));
        return new LogisticRegressionBaseline(model, x[0].length);
    }

    @Override
    public int[] predict(float[][] x) {
        int[] predictions = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != features) {
                throw new IllegalArgumentException("a row of " + x[i].length + " features for a model of "
                        + features);
            }
            predictions[i] = model.predict(toDouble(x[i]));
        }
        return predictions;
    }

    static double[][] toDouble(float[][] x) {
        double[][] rows = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            rows[i] = toDouble(x[i]);
        }
        return rows;
    }

    static double[] toDouble(float[] row) {
        double[] values = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            values[j] = row[j];
        }
        return values;
    }
}
