package io.blindspots.baseline.domain;

/**
 * Linear discriminant analysis as scikit-learn's {@code LinearDiscriminantAnalysis()} fits it (solver "svd"):
 * class means and priors; the rows centred on their class mean, each feature divided by its within-class standard
 * deviation (1 where that is 0) and by sqrt(n - K); a thin SVD of that matrix whose directions of singular value below
 * {@code tolerance} times the largest are dropped. The shared covariance is thus inverted only on the directions the
 * data span, so 3,072 pixels of 1,250 images, or an injected pixel constant within each class, fit.
 *
 * <p>Smile's {@code LDA} is not used: it inverts the full p × p covariance and throws "close to singular" whenever p
 * is above n - K or a pixel is constant within its classes, i.e. on every run of this system.
 */
public final class LinearDiscriminantAnalysis implements FittedModel {

    /** Per class: the weight of each feature in its linear score, then its intercept. */
    private final double[][] coefficients;
    private final double[] intercepts;

    private LinearDiscriminantAnalysis(double[][] coefficients, double[] intercepts) {
        this.coefficients = coefficients;
        this.intercepts = intercepts;
    }

    /** @param tolerance singular values below this share of the largest are dropped (scikit-learn: 1e-4) */
    public record Options(double tolerance) {

        public Options {
            if (!(tolerance >= 0 && tolerance < 1)) {
                throw new IllegalArgumentException("tolerance " + tolerance + " is not in [0, 1)");
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
        double[][] centred = new double[n][p];
        double[] std = new double[p];
        for (int i = 0; i < n; i++) {
            double[] mean = classes.means()[y[i]];
            for (int j = 0; j < p; j++) {
                centred[i][j] = x[i][j] - mean[j];
                std[j] += centred[i][j] * centred[i][j];
            }
        }
        for (int j = 0; j < p; j++) {
            std[j] = Math.sqrt(std[j] / n);
            if (std[j] == 0) {
                std[j] = 1;
            }
        }
        int present = classes.present();
        double norm = 1 / Math.sqrt(Math.max(1, n - present));
        for (double[] row : centred) {
            for (int j = 0; j < p; j++) {
                row[j] *= norm / std[j];
            }
        }
        ThinSvd svd = ThinSvd.of(centred, options.tolerance());
        // Whitened space: z = x S, S = diag(1/std) V Σ⁻¹. The score of class k is z·m_k - |m_k|²/2 + log prior_k,
        // m_k = mean_k S: linear in x, with weights S m_k.
        int rank = svd.rank();
        double[][] coefficients = new double[classCount][p];
        double[] intercepts = new double[classCount];
        for (int k = 0; k < classCount; k++) {
            if (classes.counts()[k] == 0) {
                intercepts[k] = Double.NEGATIVE_INFINITY; // never predicted: not in the training data
                continue;
            }
            double[] mean = classes.means()[k];
            double squared = 0;
            for (int r = 0; r < rank; r++) {
                double[] v = svd.components()[r];
                double m = 0;
                for (int j = 0; j < p; j++) {
                    m += mean[j] / std[j] * v[j];
                }
                m /= svd.singular()[r];
                squared += m * m;
                double weight = m / svd.singular()[r];
                for (int j = 0; j < p; j++) {
                    coefficients[k][j] += weight * v[j] / std[j];
                }
            }
            intercepts[k] = -0.5 * squared + Math.log(classes.prior(k));
        }
        return new LinearDiscriminantAnalysis(coefficients, intercepts);
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
            for (int k = 0; k < scores.length; k++) {
                double s = intercepts[k];
                double[] w = coefficients[k];
                for (int j = 0; j < w.length; j++) {
                    s += w[j] * x[i][j];
                }
                scores[k] = s;
            }
            predictions[i] = Adam.argmax(scores);
        }
        return predictions;
    }
}
