package io.blindspots.baseline.domain;

import smile.linalg.Transpose;
import smile.math.BFGS;
import smile.tensor.DenseMatrix;
import smile.tensor.ScalarType;
import smile.util.function.DifferentiableMultivariateFunction;

import java.util.Arrays;

/**
 * Multinomial logistic regression as scikit-learn's {@code LogisticRegression()} fits it with the solver "lbfgs":
 * the summed log-loss of the softmax plus |W|² / (2C), C = 1, the intercepts not penalised, minimised from zero by
 * L-BFGS (Smile's {@link BFGS}, 10 corrections as scipy's default) for at most {@code maxIter} = 100 iterations,
 * in float64 as scikit-learn. The loss and its gradient are two BLAS products per evaluation. The stopping tests
 * differ in detail (scipy: projected gradient ≤ tol; Smile: a relative gradient test); on images both usually stop at
 * {@code maxIter}. Smile's own {@code LogisticRegression} is not used: its per-row loops cost ~10× scikit-learn's
 * time on 3,072 pixels.
 */
public final class LogisticRegressionBaseline implements FittedModel {

    private final double[] parameters;
    private final int features;
    private final int classes;

    private LogisticRegressionBaseline(double[] parameters, int features, int classes) {
        this.parameters = parameters;
        this.features = features;
        this.classes = classes;
    }

    /**
     * @param c       inverse penalty strength
     * @param tol     gradient tolerance
     * @param maxIter most L-BFGS iterations
     */
    public record Options(double c, double tol, int maxIter) {

        public Options {
            if (!(c > 0) || !(tol > 0) || maxIter < 1) {
                throw new IllegalArgumentException("logistic options C " + c + ", tol " + tol + ", maxIter "
                        + maxIter);
            }
        }

        public static Options scikitLearn() {
            return new Options(1, 1e-4, 100);
        }

        public Options withMaxIter(int iterations) {
            return new Options(c, tol, iterations);
        }
    }

    public static LogisticRegressionBaseline fit(float[][] x, int[] y, int classCount, Options options) {
        if (x.length == 0 || x.length != y.length) {
            throw new IllegalArgumentException(x.length + " rows for " + y.length + " labels");
        }
        int p = x[0].length;
        DenseMatrix data = DenseMatrix.zeros(ScalarType.Float64, x.length, p);
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < p; j++) {
                data.set(i, j, x[i][j]);
            }
        }
        double[] w = new double[(p + 1) * classCount];
        BFGS.minimize(new Loss(data, y, classCount, 1 / options.c()), 10, w, options.tol(), options.maxIter());
        return new LogisticRegressionBaseline(w, p, classCount);
    }

    @Override
    public int[] predict(float[][] x) {
        int[] predictions = new int[x.length];
        double[] scores = new double[classes];
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != features) {
                throw new IllegalArgumentException("a row of " + x[i].length + " features for a model of "
                        + features);
            }
            for (int c = 0; c < classes; c++) {
                double s = parameters[features * classes + c];
                for (int j = 0; j < features; j++) {
                    s += parameters[j * classes + c] * x[i][j];
                }
                scores[c] = s;
            }
            predictions[i] = Dense.argmax(scores);
        }
        return predictions;
    }

    /**
     * Parameters: W (p × K, row-major: feature j's K weights at j K), then the K intercepts.
     *
     * <p>Smile's L-BFGS asks for the value at the point its line search accepts ({@code f}), then for value and
     * gradient at that same point ({@code g}); the last evaluation is kept, so each accepted step costs one pass over
     * the data, as scipy's L-BFGS-B (value and gradient together), not two.
     */
    private static final class Loss implements DifferentiableMultivariateFunction {

        private final DenseMatrix x;
        private final int[] y;
        private final int classes;
        private final double penalty;
        private double[] lastPoint;
        private double[] lastGradient;
        private double lastValue;

        Loss(DenseMatrix x, int[] y, int classes, double penalty) {
            this.x = x;
            this.y = y;
            this.classes = classes;
            this.penalty = penalty;
        }

        @Override
        public double f(double[] w) {
            return g(w, new double[w.length]);
        }

        @Override
        public double g(double[] w, double[] gradient) {
            if (lastPoint != null && Arrays.equals(lastPoint, w)) {
                System.arraycopy(lastGradient, 0, gradient, 0, gradient.length);
                return lastValue;
            }
            lastValue = evaluate(w, gradient);
            lastPoint = w.clone();
            lastGradient = gradient.clone();
            return lastValue;
        }

        private double evaluate(double[] w, double[] gradient) {
            int n = x.nrow();
            int p = x.ncol();
            DenseMatrix weights = DenseMatrix.zeros(ScalarType.Float64, p, classes);
            double squares = 0;
            for (int j = 0; j < p; j++) {
                for (int c = 0; c < classes; c++) {
                    double v = w[j * classes + c];
                    weights.set(j, c, v);
                    squares += v * v;
                }
            }
            DenseMatrix logits = DenseMatrix.zeros(ScalarType.Float64, n, classes);
            DenseMatrix.mm(1, Transpose.NO_TRANSPOSE, x, Transpose.NO_TRANSPOSE, weights, 0, logits);
            double loss = 0;
            double[] biasGradient = new double[classes];
            double[] z = new double[classes];
            for (int i = 0; i < n; i++) {
                double max = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < classes; c++) {
                    z[c] = logits.get(i, c) + w[p * classes + c];
                    max = Math.max(max, z[c]);
                }
                double sum = 0;
                for (int c = 0; c < classes; c++) {
                    sum += Math.exp(z[c] - max);
                }
                loss += Math.log(sum) + max - z[y[i]];
                for (int c = 0; c < classes; c++) {
                    double residual = Math.exp(z[c] - max) / sum - (c == y[i] ? 1 : 0);
                    logits.set(i, c, residual);
                    biasGradient[c] += residual;
                }
            }
            DenseMatrix.mm(1, Transpose.TRANSPOSE, x, Transpose.NO_TRANSPOSE, logits, 0, weights);
            for (int j = 0; j < p; j++) {
                for (int c = 0; c < classes; c++) {
                    gradient[j * classes + c] = weights.get(j, c) + penalty * w[j * classes + c];
                }
            }
            System.arraycopy(biasGradient, 0, gradient, p * classes, classes);
            return loss + 0.5 * penalty * squares;
        }
    }
}
