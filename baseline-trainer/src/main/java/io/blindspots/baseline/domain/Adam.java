package io.blindspots.baseline.domain;

/**
 * The Adam update (Kingma and Ba 2015) over one flat parameter vector, with scikit-learn's {@code MLPClassifier}
 * defaults for the moments (beta1 0.9, beta2 0.999, epsilon 1e-8). Not thread-safe: one per fit.
 */
final class Adam {

    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    private final double learningRate;
    private final double[] m;
    private final double[] v;
    private int step;

    Adam(int parameters, double learningRate) {
        this.learningRate = learningRate;
        this.m = new double[parameters];
        this.v = new double[parameters];
    }

    /** One step downhill along {@code gradient}, which is left as it was. */
    void step(double[] parameters, double[] gradient) {
        step++;
        double correction1 = 1 - Math.pow(BETA1, step);
        double correction2 = 1 - Math.pow(BETA2, step);
        double rate = learningRate * Math.sqrt(correction2) / correction1;
        for (int j = 0; j < parameters.length; j++) {
            m[j] = BETA1 * m[j] + (1 - BETA1) * gradient[j];
            v[j] = BETA2 * v[j] + (1 - BETA2) * gradient[j] * gradient[j];
            parameters[j] -= rate * m[j] / (Math.sqrt(v[j]) + EPSILON);
        }
    }

    /** Softmax of {@code logits} in place, stable for large values. */
    static void softmax(double[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (double z : logits) {
            max = Math.max(max, z);
        }
        double sum = 0;
        for (int c = 0; c < logits.length; c++) {
            logits[c] = Math.exp(logits[c] - max);
            sum += logits[c];
        }
        for (int c = 0; c < logits.length; c++) {
            logits[c] /= sum;
        }
    }

    static int argmax(double[] values) {
        int best = 0;
        for (int c = 1; c < values.length; c++) {
            if (values[c] > values[best]) {
                best = c;
            }
        }
        return best;
    }
}
