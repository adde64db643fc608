package io.blindspots.baseline.domain;

import java.util.function.Function;

/**
 * A model fitted on standardised features (the spec option {@code standardize}): scikit-learn's
 * {@code make_pipeline(StandardScaler(), model)}. Each feature minus its training mean, divided by its training
 * standard deviation (ddof 0; 1 for a constant feature, as scikit-learn), at fit and at predict.
 */
final class Standardized implements FittedModel {

    private final float[] mean;
    private final float[] scale;
    private final FittedModel model;

    private Standardized(float[] mean, float[] scale, FittedModel model) {
        this.mean = mean;
        this.scale = scale;
        this.model = model;
    }

    static Standardized fit(TrainingSet data, Function<TrainingSet, FittedModel> fit) {
        float[][] x = data.x();
        int p = x[0].length;
        double[] sum = new double[p];
        double[] squares = new double[p];
        for (float[] row : x) {
            for (int j = 0; j < p; j++) {
                sum[j] += row[j];
            }
        }
        float[] mean = new float[p];
        for (int j = 0; j < p; j++) {
            mean[j] = (float) (sum[j] / x.length);
        }
        for (float[] row : x) {
            for (int j = 0; j < p; j++) {
                double d = row[j] - mean[j];
                squares[j] += d * d;
            }
        }
        float[] scale = new float[p];
        for (int j = 0; j < p; j++) {
            double sd = Math.sqrt(squares[j] / x.length);
            scale[j] = sd > 0 ? (float) sd : 1;
        }
        Standardized scaler = new Standardized(mean, scale, null);
        FittedModel model = fit.apply(new TrainingSet(scaler.apply(x), data.y(), data.classCount(), data.seed(),
                data.channels()));
        return new Standardized(mean, scale, model);
    }

    @Override
    public int[] predict(float[][] x) {
        return model.predict(apply(x));
    }

    private float[][] apply(float[][] x) {
        float[][] z = new float[x.length][];
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != mean.length) {
                throw new IllegalArgumentException("a row of " + x[i].length + " features for a model of "
                        + mean.length);
            }
            z[i] = new float[mean.length];
            for (int j = 0; j < mean.length; j++) {
                z[i][j] = (x[i][j] - mean[j]) / scale[j];
            }
        }
        return z;
    }
}
