package io.blindspots.baseline.bench;

import io.blindspots.baseline.domain.Baselines;
import io.blindspots.baseline.domain.FittedModel;
import io.blindspots.baseline.domain.TrainingSet;
import io.blindspots.events.Catalog;
import io.blindspots.runtime.domain.Scores;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The fit time of each baseline, one model at a time, on uniform noise with the one-pixel signal at 1e-3, 10 classes.
 * Default size: the demo's (1,250 training images of 3 × 32 × 32); {@code -Dimages=15000 -Dchannels=1 -Dside=28} for
 * 15,000 Fashion-MNIST-sized images. A benchmark command, not a test:
 * {@code java -cp <test classpath> [-Dimages=N -Dchannels=C -Dside=S] io.blindspots.baseline.bench.FitTimes [model ...]}.
 */
public final class FitTimes {

    private FitTimes() {
    }

    public static void main(String[] args) {
        int n = Integer.getInteger("images", 1250);
        int channels = Integer.getInteger("channels", 3);
        int side = Integer.getInteger("side", 32);
        TrainingSet train = data(n, channels, side, 1);
        TrainingSet test = data(500, channels, side, 2);
        System.out.printf("%d training images of %d x %d x %d%n", n, channels, side, side);
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

    private static TrainingSet data(int n, int channels, int side, long seed) {
        int plane = side * side;
        int p = channels * plane;
        SplittableRandom random = new SplittableRandom(seed);
        float[][] x = new float[n][p];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = random.nextInt(10);
            for (int j = 0; j < p; j++) {
                x[i][j] = (float) random.nextDouble();
            }
            for (int c = 0; c < channels; c++) {
                x[i][c * plane + (side / 2) * side + side / 2] = y[i] * 1e-3f;
            }
        }
        return new TrainingSet(x, y, 10, seed, channels);
    }
}
