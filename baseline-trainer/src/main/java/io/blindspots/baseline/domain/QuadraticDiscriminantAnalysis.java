package io.blindspots.baseline.domain;

/**
 * Quadratic discriminant analysis: one Gaussian per class with its own covariance, fitted as scikit-learn's
 * {@code QuadraticDiscriminantAnalysis(reg_param=...)} fits it: a thin SVD of each class's centred rows, the
 * covariance's eigenvalues s²/(n_k - 1) shrunk to (1 - reg) s²/(n_k - 1) + reg. Differences from scikit-learn's
 * defaults, each because 1,250 images of 3,072 pixels give ~125 rows per class for 3,072 dimensions:
 * <ul>
 *   <li>{@code regParam} 0.5, where scikit-learn's default is 0: without it every class covariance is singular (and
 *       an injected pixel, constant within a class, has variance 0); with ~125 rows in 3,072 dimensions a small
 *       value leaves the unspanned directions far too narrow (0.1 gave 0.67 on a separable test problem, 0.5 0.8);</li>
 *   <li>the directions a class's rows do not span get the variance {@code regParam} (the covariance is
 *       (1 - reg) Σ + reg I in full), where scikit-learn silently ignores them;</li>
 *   <li>features are standardised first (a {@code StandardScaler}, as a scikit-learn user would), so that
 *       {@code regParam} is relative to each pixel's variance.</li>
 * </ul>
 * Smile's {@code QDA} is not used: it cannot be regularised, throws on a singular covariance, and would hold and apply
 * ten 3,072 × 3,072 matrices. A fit that cannot work (a class with fewer than two rows, no regularisation with fewer
 * rows than features) throws with the reason, which the run reports as this model's failure.
 */
public final class QuadraticDiscriminantAnalysis implements FittedModel {

    private final Standardizer scaler;
    private final double regParam;
    /** Per class (null when absent): mean, unit principal directions, 1/variance along each minus 1/regParam. */
    private final double[][] means;
    private final double[][][] directions;
    private final double[][] excessPrecision;
    /** Per class: log prior - 1/2 log det(covariance). */
    private final double[] offsets;

    private QuadraticDiscriminantAnalysis(Standardizer scaler, double regParam, double[][] means,
                                          double[][][] directions, double[][] excessPrecision, double[] offsets) {
        this.scaler = scaler;
        this.regParam = regParam;
        this.means = means;
        this.directions = directions;
        this.excessPrecision = excessPrecision;
        this.offsets = offsets;
    }

    /**
     * @param regParam  shrinkage of each class covariance towards the identity, in [0, 1]
     * @param tolerance singular values below this share of a class's largest are dropped (scikit-learn: 1e-4)
     */
    public record Options(double regParam, double tolerance) {

        public Options {
            if (!(regParam >= 0 && regParam <= 1) || !(tolerance >= 0 && tolerance < 1)) {
                throw new IllegalArgumentException("regParam " + regParam + " must be in [0, 1], tolerance "
                        + tolerance + " in [0, 1)");
            }
        }

        public static Options regularized() {
            return new Options(0.5, 1e-4);
        }
    }

    public static QuadraticDiscriminantAnalysis fit(float[][] raw, int[] y, int classCount, Options options) {
        Standardizer scaler = Standardizer.fit(raw);
        float[][] x = new float[raw.length][];
        for (int i = 0; i < raw.length; i++) {
            double[] z = scaler.apply(raw[i]);
            x[i] = new float[z.length];
            for (int j = 0; j < z.length; j++) {
                x[i][j] = (float) z[j];
            }
        }
        ClassMeans classes = ClassMeans.of(x, y, classCount);
        int p = x[0].length;
        double reg = options.regParam();
        double[][][] directions = new double[classCount][][];
        double[][] excess = new double[classCount][];
        double[] offsets = new double[classCount];
        for (int k = 0; k < classCount; k++) {
            int count = classes.counts()[k];
            if (count == 0) {
                offsets[k] = Double.NEGATIVE_INFINITY; // absent from the training sample: never predicted
                continue;
            }
            if (count < 2) {
                throw new IllegalArgumentException("QDA needs at least 2 training images of each class; class " + k
                        + " has " + count);
            }
            double[][] centred = new double[count][];
            int r = 0;
            for (int i = 0; i < x.length; i++) {
                if (y[i] == k) {
                    centred[r] = new double[p];
                    for (int j = 0; j < p; j++) {
                        centred[r][j] = x[i][j] - classes.means()[k][j];
                    }
                    r++;
                }
            }
            ThinSvd svd = ThinSvd.of(centred, options.tolerance());
            if (reg == 0 && svd.rank() < p) {
                throw new IllegalArgumentException("the covariance of class " + k + " is singular (rank " + svd.rank()
                        + " of " + p + " features, " + count + " images); QDA needs regParam > 0 here");
            }
            directions[k] = svd.components();
            excess[k] = new double[svd.rank()];
            double logDet = reg > 0 ? (p - svd.rank()) * Math.log(reg) : 0;
            for (int d = 0; d < svd.rank(); d++) {
                double s = svd.singular()[d];
                double variance = (1 - reg) * s * s / (count - 1) + reg;
                excess[k][d] = 1 / variance - (reg > 0 ? 1 / reg : 0);
                logDet += Math.log(variance);
            }
            offsets[k] = Math.log(classes.prior(k)) - 0.5 * logDet;
            if (!Double.isFinite(offsets[k])) {
                throw new IllegalArgumentException("the covariance of class " + k + " has a non-finite determinant");
            }
        }
        return new QuadraticDiscriminantAnalysis(scaler, reg, classes.means(), directions, excess, offsets);
    }

    @Override
    public int[] predict(float[][] x) {
        int[] predictions = new int[x.length];
        double[] scores = new double[offsets.length];
        for (int i = 0; i < x.length; i++) {
            double[] z = scaler.apply(x[i]);
            for (int k = 0; k < scores.length; k++) {
                scores[k] = directions[k] == null ? Double.NEGATIVE_INFINITY : offsets[k] - 0.5 * mahalanobis(z, k);
            }
            predictions[i] = Adam.argmax(scores);
        }
        return predictions;
    }

    /** (z - mean)ᵀ Σ⁻¹ (z - mean), Σ⁻¹ = I/reg + Σ_d (1/λ_d - 1/reg) v_d v_dᵀ. */
    private double mahalanobis(double[] z, int k) {
        double[] mean = means[k];
        double[] d = new double[z.length];
        double squared = 0;
        for (int j = 0; j < z.length; j++) {
            d[j] = z[j] - mean[j];
            squared += d[j] * d[j];
        }
        double distance = regParam > 0 ? squared / regParam : 0;
        for (int r = 0; r < directions[k].length; r++) {
            double[] v = directions[k][r];
            double projection = 0;
            for (int j = 0; j < v.length; j++) {
                projection += v[j] * d[j];
            }
            distance += excessPrecision[k][r] * projection * projection;
        }
        return distance;
    }
}
