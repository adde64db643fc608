package io.blindspots.baseline.domain;

import java.util.Arrays;

/**
 * Gaussian naive Bayes fitted as scikit-learn's {@code GaussianNB()} fits it (Smile has the model but not its
 * fitting): per class, each feature's mean and variance (maximum likelihood, ddof 0); priors from class frequencies;
 * every variance raised by {@code varSmoothing} times the largest feature variance of the training data, so that a
 * feature that is constant within a class (an injected pixel) has a narrow but proper Gaussian. Predicts the class of
 * the highest joint log-likelihood.
 */
public final class GaussianNaiveBayes implements FittedModel {

    private static final double LOG_TWO_PI = Math.log(2 * Math.PI);

    private final int[] classes;
    private final double[][] means;
    private final double[][] variances;
    /** Per class: log prior - 1/2 sum log(2 pi var), the part of the log-likelihood that does not depend on x. */
    private final double[] offsets;

    private GaussianNaiveBayes(int[] classes, double[][] means, double[][] variances, double[] logPriors) {
        this.classes = classes;
        this.means = means;
        this.variances = variances;
        this.offsets = new double[classes.length];
        for (int c = 0; c < classes.length; c++) {
            double logDet = 0;
            for (double v : variances[c]) {
                logDet += LOG_TWO_PI + Math.log(v);
            }
            offsets[c] = logPriors[c] - 0.5 * logDet;
        }
    }

    /** @param varSmoothing share of the largest feature variance added to every variance (scikit-learn: 1e-9) */
    public record Options(double varSmoothing) {

        public Options {
            if (!(varSmoothing > 0)) {
                throw new IllegalArgumentException("varSmoothing " + varSmoothing + " must be > 0");
            }
        }

        public static Options scikitLearn() {
            return new Options(1e-9);
        }
    }

    public static GaussianNaiveBayes fit(float[][] x, int[] y, Options options) {
        if (x.length == 0 || x.length != y.length) {
            throw new IllegalArgumentException(x.length + " rows for " + y.length + " labels");
        }
        int p = x[0].length;
        int[] classes = Arrays.stream(y).distinct().sorted().toArray();
        int[] slot = new int[classes[classes.length - 1] + 1];
        for (int c = 0; c < classes.length; c++) {
            slot[classes[c]] = c;
        }
        int k = classes.length;
        double[][] means = new double[k][p];
        double[][] variances = new double[k][p];
        int[] counts = new int[k];
        for (int i = 0; i < x.length; i++) {
            counts[slot[y[i]]]++;
            add(means[slot[y[i]]], x[i]);
        }
        for (int c = 0; c < k; c++) {
            scale(means[c], 1.0 / counts[c]);
        }
        for (int i = 0; i < x.length; i++) {
            addSquaredDeviation(variances[slot[y[i]]], x[i], means[slot[y[i]]]);
        }
        double epsilon = options.varSmoothing() * largestVariance(x);
        if (epsilon == 0) {
            // Every feature constant: scikit-learn would divide by zero. Any floor gives equal likelihoods here, so
            // predictions follow the priors.
            epsilon = options.varSmoothing();
        }
        double[] logPriors = new double[k];
        for (int c = 0; c < k; c++) {
            scale(variances[c], 1.0 / counts[c]);
            for (int j = 0; j < p; j++) {
                variances[c][j] += epsilon;
            }
            logPriors[c] = Math.log((double) counts[c] / x.length);
        }
        return new GaussianNaiveBayes(classes, means, variances, logPriors);
    }

    @Override
    public int[] predict(float[][] x) {
        int[] predictions = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            double[] jll = jointLogLikelihood(x[i]);
            int best = 0;
            for (int c = 1; c < jll.length; c++) {
                if (jll[c] > jll[best]) {
                    best = c;
                }
            }
            predictions[i] = classes[best];
        }
        return predictions;
    }

    /** P(class | x) for each of {@link #classes()}, in that order. */
    public double[] posterior(float[] x) {
        double[] jll = jointLogLikelihood(x);
        double max = Arrays.stream(jll).max().orElseThrow();
        double sum = 0;
        for (int c = 0; c < jll.length; c++) {
            jll[c] = Math.exp(jll[c] - max);
            sum += jll[c];
        }
        for (int c = 0; c < jll.length; c++) {
            jll[c] /= sum;
        }
        return jll;
    }

    /** The labels seen in training, ascending. */
    public int[] classes() {
        return classes.clone();
    }

    /** log P(c) + log P(x | c) for each class. */
    double[] jointLogLikelihood(float[] x) {
        if (x.length != means[0].length) {
            throw new IllegalArgumentException("a row of " + x.length + " features for a model of " + means[0].length);
        }
        double[] jll = new double[classes.length];
        for (int c = 0; c < classes.length; c++) {
            double[] mean = means[c];
            double[] variance = variances[c];
            double sum = 0;
            for (int j = 0; j < x.length; j++) {
                double d = x[j] - mean[j];
                sum += d * d / variance[j];
            }
            jll[c] = offsets[c] - 0.5 * sum;
        }
        return jll;
    }

    private static double largestVariance(float[][] x) {
        int p = x[0].length;
        double[] mean = new double[p];
        for (float[] row : x) {
            add(mean, row);
        }
        scale(mean, 1.0 / x.length);
        double[] variance = new double[p];
        for (float[] row : x) {
            addSquaredDeviation(variance, row, mean);
        }
        return Arrays.stream(variance).max().orElse(0) / x.length;
    }

    private static void add(double[] sum, float[] row) {
        for (int j = 0; j < sum.length; j++) {
            sum[j] += row[j];
        }
    }

    private static void addSquaredDeviation(double[] sum, float[] row, double[] mean) {
        for (int j = 0; j < sum.length; j++) {
            double d = row[j] - mean[j];
            sum[j] += d * d;
        }
    }

    private static void scale(double[] values, double factor) {
        for (int j = 0; j < values.length; j++) {
            values[j] *= factor;
        }
    }
}
