package io.blindspots.baseline.domain;

import smile.linalg.Transpose;
import smile.tensor.DenseMatrix;
import smile.tensor.SVD;

/**
 * Quadratic discriminant analysis as scikit-learn's {@code QuadraticDiscriminantAnalysis(reg_param=r)} fits and
 * predicts it: per class, an SVD (LAPACK) of the class's centred rows, whose min(n_k, p) directions all stay (scikit-learn
 * only warns "Variables are collinear" below full rank), the covariance's eigenvalues S²/(n_k - 1) shrunk to
 * (1 - r) S²/(n_k - 1) + r; the score -1/2 (|((x - mean) R) S^-1/2|² + Σ log S) + log prior. With r = 0 (the default)
 * and fewer rows of a class than features, the smallest kept values are numerically zero and dominate that class's
 * score, as they do in scikit-learn; a direction the class's rows do not span is ignored, as in scikit-learn. A class
 * with one row fails the fit, with scikit-learn's reason.
 */
public final class QuadraticDiscriminantAnalysis implements FittedModel {

    /** Per class (null when absent from the training rows): mean, and the p × d matrix R S^-1/2. */
    private final float[][] means;
    private final DenseMatrix[] whitening;
    /** Per class: log prior - 1/2 Σ log S. */
    private final double[] offsets;

    private QuadraticDiscriminantAnalysis(float[][] means, DenseMatrix[] whitening, double[] offsets) {
        this.means = means;
        this.whitening = whitening;
        this.offsets = offsets;
    }

    /** @param regParam shrinkage of each class covariance towards the identity, in [0, 1] (scikit-learn: 0) */
    public record Options(double regParam) {

        public Options {
            if (!(regParam >= 0 && regParam <= 1)) {
                throw new IllegalArgumentException("regParam " + regParam + " is not in [0, 1]");
            }
        }

        public static Options scikitLearn() {
            return new Options(0);
        }
    }

    public static QuadraticDiscriminantAnalysis fit(float[][] x, int[] y, int classCount, Options options) {
        ClassMeans classes = ClassMeans.of(x, y, classCount);
        int p = x[0].length;
        double reg = options.regParam();
        float[][] means = new float[classCount][];
        DenseMatrix[] whitening = new DenseMatrix[classCount];
        double[] offsets = new double[classCount];
        for (int k = 0; k < classCount; k++) {
            int count = classes.counts()[k];
            if (count == 0) {
                offsets[k] = Double.NEGATIVE_INFINITY;
                continue;
            }
            if (count == 1) {
                throw new IllegalArgumentException("y has only 1 sample in class " + k
                        + ", covariance is ill defined.");
            }
            double[] mean = classes.means()[k];
            DenseMatrix centred = Dense.zeros(count, p);
            for (int i = 0, r = 0; i < x.length; i++) {
                if (y[i] == k) {
                    for (int j = 0; j < p; j++) {
                        Dense.set(centred, r, j, (float) (x[i][j] - mean[j]));
                    }
                    r++;
                }
            }
            SVD svd = centred.svd(true);
            int d = svd.s().size();
            DenseMatrix w = Dense.zeros(p, d);
            double logDet = 0;
            for (int r = 0; r < d; r++) {
                double s = svd.s().get(r);
                double variance = (1 - reg) * s * s / (count - 1) + reg;
                logDet += Math.log(variance);
                double factor = 1 / Math.sqrt(variance);
                for (int j = 0; j < p; j++) {
                    Dense.set(w, j, r, (float) (svd.Vt().get(r, j) * factor));
                }
            }
            means[k] = new float[p];
            for (int j = 0; j < p; j++) {
                means[k][j] = (float) mean[j];
            }
            whitening[k] = w;
            offsets[k] = Math.log(classes.prior(k)) - 0.5 * logDet;
        }
        return new QuadraticDiscriminantAnalysis(means, whitening, offsets);
    }

    @Override
    public int[] predict(float[][] x) {
        int p = means[firstPresent()].length;
        double[][] scores = new double[x.length][offsets.length];
        for (int k = 0; k < offsets.length; k++) {
            if (whitening[k] == null) {
                for (double[] row : scores) {
                    row[k] = Double.NEGATIVE_INFINITY;
                }
                continue;
            }
            DenseMatrix centred = Dense.zeros(p, x.length);
            for (int i = 0; i < x.length; i++) {
                if (x[i].length != p) {
                    throw new IllegalArgumentException("a row of " + x[i].length + " features for a model of " + p);
                }
                for (int j = 0; j < p; j++) {
                    Dense.set(centred, j, i, x[i][j] - means[k][j]);
                }
            }
            DenseMatrix projected = Dense.zeros(whitening[k].ncol(), x.length);
            DenseMatrix.mm(1, Transpose.TRANSPOSE, whitening[k], Transpose.NO_TRANSPOSE, centred, 0, projected);
            for (int i = 0; i < x.length; i++) {
                double norm = 0;
                for (int r = 0; r < projected.nrow(); r++) {
                    double v = Dense.get(projected, r, i);
                    norm += v * v;
                }
                scores[i][k] = offsets[k] - 0.5 * norm;
            }
        }
        int[] predictions = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            predictions[i] = Dense.argmax(scores[i]);
        }
        return predictions;
    }

    private int firstPresent() {
        for (int k = 0; k < whitening.length; k++) {
            if (whitening[k] != null) {
                return k;
            }
        }
        throw new IllegalStateException("no class was fitted");
    }
}
