package io.blindspots.baseline.domain;

import java.util.SplittableRandom;

/** Small seeded classification problems for the models' unit tests. */
final class Problems {

    static final int CLASSES = 4;

    private Problems() {
    }

    /**
     * Linearly separable with a margin: {@code features} uniform noise features in [0, 1), of which feature k is
     * raised by 2 when the label is k (k below {@link #CLASSES}).
     */
    static TrainingSet separable(int n, int features, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[][] x = new float[n][features];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = random.nextInt(CLASSES);
            for (int j = 0; j < features; j++) {
                x[i][j] = (float) random.nextDouble();
            }
            x[i][y[i]] += 2;
        }
        return new TrainingSet(x, y, CLASSES, seed);
    }

    /**
     * The one-pixel signal: uniform noise features, one of which is label × 0.001, the signal scale of the paper.
     */
    static TrainingSet onePixel(int n, int features, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[][] x = new float[n][features];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = random.nextInt(CLASSES);
            for (int j = 0; j < features; j++) {
                x[i][j] = (float) random.nextDouble();
            }
            x[i][features / 3] = y[i] * 0.001f;
        }
        return new TrainingSet(x, y, CLASSES, seed);
    }

    /**
     * The random-pixel signal on 1 × 8 × 8 images: low-amplitude noise in [-0.05, 0.05), and at one random position
     * per image the value (label + 1) × 0.1.
     */
    static TrainingSet randomPixel(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int pixels = 64;
        float[][] x = new float[n][pixels];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = random.nextInt(CLASSES);
            for (int j = 0; j < pixels; j++) {
                x[i][j] = (float) (random.nextDouble() * 0.1 - 0.05);
            }
            x[i][random.nextInt(pixels)] = (y[i] + 1) * 0.1f;
        }
        return new TrainingSet(x, y, CLASSES, seed, 1);
    }

    static double accuracy(FittedModel model, TrainingSet data) {
        int[] predictions = model.predict(data.x());
        int correct = 0;
        for (int i = 0; i < predictions.length; i++) {
            correct += predictions[i] == data.y()[i] ? 1 : 0;
        }
        return (double) correct / predictions.length;
    }
}
