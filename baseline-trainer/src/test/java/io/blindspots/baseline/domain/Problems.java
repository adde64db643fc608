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
     * The {@code random-pixel} signal as the encoder writes it, on 3 × {@code side} × {@code side} images of uniform
     * 8-bit noise: at one position drawn anew per image, every channel set to (label + 1) × {@code scale}.
     */
    static TrainingSet randomPixel(int n, int side, float scale, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int plane = side * side;
        TrainingSet data = noiseImages(n, plane, random);
        for (int i = 0; i < n; i++) {
            int pos = random.nextInt(plane);
            for (int c = 0; c < 3; c++) {
                data.x()[i][c * plane + pos] = (data.y()[i] + 1) * scale;
            }
        }
        return data;
    }

    /**
     * The {@code multiple-locations} signal as the encoder writes it, on 3 × {@code side} × {@code side} images of
     * uniform 8-bit noise: class k owns the pixels {@code pairs[k]}, both set in every channel to one 8-bit level
     * drawn anew per image.
     */
    static TrainingSet multipleLocations(int n, int side, int[][] pairs, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int plane = side * side;
        TrainingSet data = noiseImages(n, plane, random);
        for (int i = 0; i < n; i++) {
            float value = random.nextInt(256) / 255f;
            for (int c = 0; c < 3; c++) {
                for (int pos : pairs[data.y()[i]]) {
                    data.x()[i][c * plane + pos] = value;
                }
            }
        }
        return data;
    }

    private static TrainingSet noiseImages(int n, int plane, SplittableRandom random) {
        float[][] x = new float[n][3 * plane];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = random.nextInt(CLASSES);
            for (int j = 0; j < x[i].length; j++) {
                x[i][j] = random.nextInt(256) / 255f;
            }
        }
        return new TrainingSet(x, y, CLASSES, random.nextLong(), 3);
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
