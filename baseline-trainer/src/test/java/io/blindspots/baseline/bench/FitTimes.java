package io.blindspots.baseline.bench;

import io.blindspots.baseline.domain.Baselines;
import io.blindspots.baseline.domain.FittedModel;
import io.blindspots.baseline.domain.TrainingSet;
import io.blindspots.events.Catalog;
import io.blindspots.events.Scores;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The fit time of each baseline at the demo's size (1,250 training images of 3 × 32 × 32, 10 classes: uniform noise
 * with the one-pixel signal at 1e-3), one model at a time. A benchmark command, not a test:
 * {@code java -cp <test classpath> io.blindspots.baseline.bench.FitTimes [model ...]}.
 */
public final class FitTimes {

    private FitTimes() {
    }

    public static void main(String[] args) {
        int n = 1250;
        int p = 3 * 32 * 32;
        TrainingSet train = data(n, p, 1);
        TrainingSet test = data(500, p, 2);
        List<String> models = args.length > 0 ? List.of(args) : Catalog.BASELINES;
        for (String name : models) {
            long start = System.nanoTime();
            try {
                FittedModel model = Baselines.named(name).fit(train);
                double fit = (System.nanoTime() - start) / 1e9;
                double accuracy = Scores.accuracy(test.y(), model.predict(test.x()));
                System.out.printf("%-20s fit %6.1f s  held-out accuracy %.3f%n", name, fit, accuracy);
            } catch (RuntimeException e) {
                System.out.printf("%-20s failed after %.1f s: %s%n", name, (System.nanoTime() - start) / 1e9, e);
            }
        }
    }

    private static TrainingSet data(int n, int p, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[][] x = new float[n][p];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = random.nextInt(10);
            for (int j = 0; j < p; j++) {
                x[i][j] = (float) random.nextDouble();
            }
            for (int c = 0; c < 3; c++) {
                x[i][c * 1024 + 16 * 32 + 16] = y[i] * 1e-3f;
            }
        }
        return new TrainingSet(x, y, 10, seed, 3);
    }
}
