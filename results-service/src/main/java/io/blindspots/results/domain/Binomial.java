package io.blindspots.results.domain;

/** Exact binomial tail probabilities and Clopper–Pearson bounds, for the reliance verdict. */
final class Binomial {

    private Binomial() {
    }

    /** P(X ≤ x) for X ~ Binomial(n, p). */
    static double lowerTail(int x, int n, double p) {
        if (x < 0) {
            return 0;
        }
        if (x >= n || p <= 0) {
            return 1;
        }
        if (p >= 1) {
            return 0;
        }
        double[] logFactorial = logFactorials(n);
        double sum = 0;
        for (int k = 0; k <= x; k++) {
            sum += Math.exp(logFactorial[n] - logFactorial[k] - logFactorial[n - k]
                    + k * Math.log(p) + (n - k) * Math.log1p(-p));
        }
        return Math.min(1, sum);
    }

    /** P(X ≥ x) for X ~ Binomial(n, p). */
    static double upperTail(int x, int n, double p) {
        return x <= 0 ? 1 : 1 - lowerTail(x - 1, n, p);
    }

    /** The one-sided Clopper–Pearson upper bound of confidence 1 − alpha on p, after x successes in n trials. */
    static double upperBound(int x, int n, double alpha) {
        if (x >= n) {
            return 1;
        }
        return bisect(p -> lowerTail(x, n, p) - alpha);
    }

    /** The one-sided Clopper–Pearson lower bound of confidence 1 − alpha on p, after x successes in n trials. */
    static double lowerBound(int x, int n, double alpha) {
        if (x <= 0) {
            return 0;
        }
        return bisect(p -> alpha - upperTail(x, n, p));
    }

    /** The root in [0, 1] of a function that decreases from positive to negative. */
    private static double bisect(java.util.function.DoubleUnaryOperator f) {
        double low = 0;
        double high = 1;
        for (int i = 0; i < 60; i++) {
            double mid = (low + high) / 2;
            if (f.applyAsDouble(mid) > 0) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return (low + high) / 2;
    }

    private static double[] logFactorials(int n) {
        double[] table = new double[n + 1];
        for (int i = 2; i <= n; i++) {
            table[i] = table[i - 1] + Math.log(i);
        }
        return table;
    }
}
