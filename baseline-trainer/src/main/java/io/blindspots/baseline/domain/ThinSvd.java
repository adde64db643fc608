package io.blindspots.baseline.domain;

import java.util.stream.IntStream;

/**
 * The thin SVD of an n × p matrix with n much smaller than p (a few thousand images of 3,072 pixels): the
 * eigendecomposition of the n × n Gram matrix A Aᵀ = U S² Uᵀ, then V = Aᵀ U S⁻¹. Keeps the components whose singular
 * value exceeds {@code relativeTolerance} times the largest, as scikit-learn's discriminant analyses drop collinear
 * directions. Plain Java, parallel over rows.
 *
 * @param singular   singular values, descending, all positive
 * @param components one unit right singular vector (a row of Vᵀ) per singular value
 */
record ThinSvd(double[] singular, double[][] components) {

    static ThinSvd of(double[][] a, double relativeTolerance) {
        int n = a.length;
        int p = a[0].length;
        double[][] gram = new double[n][n];
        IntStream.range(0, n).parallel().forEach(i -> {
            for (int k = 0; k <= i; k++) {
                double s = dot(a[i], a[k]);
                gram[i][k] = s;
                gram[k][i] = s;
            }
        });
        double[] eigenvalues = SymmetricEigen.decompose(gram); // ascending; gram now holds the eigenvectors
        double largest = Math.sqrt(Math.max(0, eigenvalues[n - 1]));
        int rank = 0;
        while (rank < n && largest > 0
                && Math.sqrt(Math.max(0, eigenvalues[n - 1 - rank])) > relativeTolerance * largest) {
            rank++;
        }
        double[] singular = new double[rank];
        double[][] ut = new double[rank][n];
        for (int r = 0; r < rank; r++) {
            int column = n - 1 - r;
            singular[r] = Math.sqrt(eigenvalues[column]);
            for (int i = 0; i < n; i++) {
                ut[r][i] = gram[i][column] / singular[r];
            }
        }
        double[][] components = new double[rank][p];
        IntStream.range(0, rank).parallel().forEach(r -> {
            double[] v = components[r];
            for (int i = 0; i < n; i++) {
                double w = ut[r][i];
                double[] row = a[i];
                for (int j = 0; j < p; j++) {
                    v[j] += w * row[j];
                }
            }
        });
        return new ThinSvd(singular, components);
    }

    int rank() {
        return singular.length;
    }

    private static double dot(double[] x, double[] y) {
        double s = 0;
        for (int j = 0; j < x.length; j++) {
            s += x[j] * y[j];
        }
        return s;
    }
}
