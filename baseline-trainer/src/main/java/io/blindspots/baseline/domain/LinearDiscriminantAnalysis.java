package io.blindspots.baseline.domain;

import smile.tensor.DenseMatrix;
import smile.tensor.SVD;

/**
 * Linear discriminant analysis as scikit-learn's {@code LinearDiscriminantAnalysis()} fits it (solver "svd",
 * {@code _solve_svd}), step for step: the rows centred on their class mean, each feature divided by its within-class
 * standard deviation (1 where that is 0) and scaled by sqrt(1 / (n - K)); an SVD of that matrix (LAPACK, float32 as
 * scikit-learn keeps float32 input), keeping directions of singular value above {@code tol} (absolute, as
 * scikit-learn); then a second SVD of the between-class means in that whitened space, keeping values above
 * {@code tol} times the largest; a linear score per class from the result. The shared covariance is thus inverted only
 * on the directions the data span, so 3,072 pixels of 1,250 images, or a pixel constant within each class, fit.
 * Classes absent from the training rows are never predicted.
 */
public final class LinearDiscriminantAnalysis implements FittedModel {

    /** Per class: the weight of each feature in its linear score, and its intercept. */
    private final double[][] coefficients;
    private final double[] intercepts;

    private LinearDiscriminantAnalysis(double[][] coefficients, double[] intercepts) {
        this.coefficients = coefficients;
        this.intercepts = intercepts;
    }

    /** @param tol scikit-learn's {@code tol}: the singular values kept (default 1e-4) */
    public record Options(double tol) {

        public Options {
            if (!(tol >= 0)) {
                throw new IllegalArgumentException("tol " + tol + " is not >= 0");
            }
        }

        public static Options scikitLearn() {
            return new Options(1e-4);
        }
    }

    public static LinearDiscriminantAnalysis fit(float[][] x, int[] y, int classCount, Options options) {
        ClassMeans classes = ClassMeans.of(x, y, classCount);
        int n = x.length;
        int p = x[0].length;
        int k = classes.present();
        double[] std = new double[p];
        for (int i = 0; i < n; i++) {
            double[] mean = classes.means()[y[i]];
            for (int j = 0; j < p; j++) {
                double d = x[i][j] - mean[j];
                std[j] += d * d;
            }
        }
        for (int j = 0; j < p; j++) {
            std[j] = Math.sqrt(std[j] / n);
            std[j] = std[j] == 0 ? 1 : std[j];
        }
        double fac = Math.sqrt(1.0 / (n - k));
        DenseMatrix within = Dense.zeros(n, p);
        for (int i = 0; i < n; i++) {
            double[] mean = classes.means()[y[i]];
            for (int j = 0; j < p; j++) {
                Dense.set(within, i, j, (float) (fac * (x[i][j] - mean[j]) / std[j]));
            }
        }
        SVD svd = within.svd(true);
        within = null; // the largest matrix of the fit: let it go before the second step
        int rank = 0;
        while (rank < svd.s().size() && svd.s().get(rank) > options.tol()) {
            rank++;
        }
        // scalings (p × rank) = (Vt[:rank] / std)ᵀ / S[:rank]
        double[][] scalings = new double[p][rank];
        for (int r = 0; r < rank; r++) {
            double s = svd.s().get(r);
            for (int j = 0; j < p; j++) {
                scalings[j][r] = svd.Vt().get(r, j) / std[j] / s;
            }
        }
        double[] xbar = new double[p];
        int[] present = new int[k];
        for (int c = 0, at = 0; c < classCount; c++) {
            if (classes.counts()[c] > 0) {
                present[at++] = c;
                for (int j = 0; j < p; j++) {
                    xbar[j] += classes.prior(c) * classes.means()[c][j];
                }
            }
        }
        double between = k == 1 ? 1 : 1.0 / (k - 1);
        double[][] centredMeans = new double[k][p];
        double[][] projected = new double[k][];
        for (int a = 0; a < k; a++) {
            int c = present[a];
            double weight = Math.sqrt(n * classes.prior(c) * between);
            for (int j = 0; j < p; j++) {
                centredMeans[a][j] = classes.means()[c][j] - xbar[j];
            }
            projected[a] = times(centredMeans[a], scalings, weight);
        }
        SVD second = DenseMatrix.of(projected).svd(true);
        int rank2 = 0;
        double largest = second.s().size() == 0 ? 0 : second.s().get(0);
        while (rank2 < second.s().size() && second.s().get(rank2) > options.tol() * largest) {
            rank2++;
        }
        // scalings_ = scalings @ Vt2ᵀ[:, :rank2] (p × rank2)
        double[][] reduced = new double[p][rank2];
        for (int j = 0; j < p; j++) {
            for (int r = 0; r < rank2; r++) {
                double s = 0;
                for (int q = 0; q < rank; q++) {
                    s += scalings[j][q] * second.Vt().get(r, q);
                }
                reduced[j][r] = s;
            }
        }
        double[][] coefficients = new double[classCount][p];
        double[] intercepts = new double[classCount];
        java.util.Arrays.fill(intercepts, Double.NEGATIVE_INFINITY);
        for (int a = 0; a < k; a++) {
            int c = present[a];
            double[] coef = times(centredMeans[a], reduced, 1);
            double squared = 0;
            for (double v : coef) {
                squared += v * v;
            }
            double intercept = -0.5 * squared + Math.log(classes.prior(c));
            for (int j = 0; j < p; j++) {
                double w = 0;
                for (int r = 0; r < rank2; r++) {
                    w += coef[r] * reduced[j][r];
                }
                coefficients[c][j] = w;
                intercept -= xbar[j] * w;
            }
            intercepts[c] = intercept;
        }
        return new LinearDiscriminantAnalysis(coefficients, intercepts);
    }

    /** {@code weight × row @ matrix}. */
    private static double[] times(double[] row, double[][] matrix, double weight) {
        double[] out = new double[matrix.length == 0 ? 0 : matrix[0].length];
        for (int j = 0; j < row.length; j++) {
            double v = weight * row[j];
            for (int r = 0; r < out.length; r++) {
                out[r] += v * matrix[j][r];
            }
        }
        return out;
    }

    @Override
    public int[] predict(float[][] x) {
        int[] predictions = new int[x.length];
        double[] scores = new double[intercepts.length];
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != coefficients[0].length) {
                throw new IllegalArgumentException("a row of " + x[i].length + " features for a model of "
                        + coefficients[0].length);
            }
            for (int c = 0; c < scores.length; c++) {
                double s = intercepts[c];
                double[] w = coefficients[c];
                for (int j = 0; j < w.length; j++) {
                    s += w[j] * x[i][j];
                }
                scores[c] = s;
            }
            predictions[i] = Dense.argmax(scores);
        }
        return predictions;
    }
}
