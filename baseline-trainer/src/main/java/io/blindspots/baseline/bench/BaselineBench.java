package io.blindspots.baseline.bench;

import io.blindspots.baseline.domain.Baselines;
import io.blindspots.baseline.domain.FittedModel;
import io.blindspots.baseline.domain.TrainingSet;
import io.blindspots.events.Catalog;
import io.blindspots.runtime.domain.Scores;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Fits every baseline here and in scikit-learn on the same injected data, one model at a time, and prints per model
 * both fit times, their ratio and both held-out accuracies. The data (uniform-noise 3 × 32 × 32 images, 10 classes,
 * with the one-pixel signal at 1e-3 and each class's noise direction at RMS 0.025, so every model has something to
 * read) is written once as .npy files, which {@code bench/sklearn_fit.py} reads. Run by {@code bench/baselines.sh}:
 * {@code BaselineBench <train rows> <test rows> <work dir> <python> <script> [model ...]}; with
 * {@code -Dseeds=N}, each side fits each model N times (ours seeded 1..N, scikit-learn's random_state 0..N-1) and the
 * line shows medians and the accuracies' range: the seed-to-seed spread a single fit hides.
 */
public final class BaselineBench {

    private static final int CLASSES = 10;
    private static final int CHANNELS = 3;
    private static final int SIDE = 32;

    private BaselineBench() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int n = Integer.parseInt(args[0]);
        int testRows = Integer.parseInt(args[1]);
        Path dir = Path.of(args[2]);
        List<String> models = args.length > 5 ? List.of(args).subList(5, args.length) : Catalog.BASELINES;
        double[][] directions = directions(new SplittableRandom(99));
        TrainingSet train = data(n, directions, 1);
        TrainingSet test = data(testRows, directions, 2);
        Files.createDirectories(dir);
        write(dir, "train", train);
        write(dir, "test", test);
        System.out.printf(Locale.ROOT, "%d training, %d test images of %d x %d x %d, %d classes (%s)%n", n, testRows,
                CHANNELS, SIDE, SIDE, CLASSES, java.time.LocalDate.now());
        System.out.printf(Locale.ROOT, "%-20s %10s %10s %7s %9s %9s%n", "model", "ours s", "sklearn s", "ratio",
                "ours acc", "sk acc");
        int seeds = Integer.getInteger("seeds", 1);
        for (String name : models) {
            double[][] oursRuns = new double[2][seeds];
            double[][] skRuns = new double[2][seeds];
            String ours = "";
            for (int s = 0; s < seeds; s++) {
                // fit seed s: ours seeds its fit with 1 + s (the training set's own seed when s = 0), scikit-learn's
                // random_state is s
                TrainingSet seeded = new TrainingSet(train.x(), train.y(), CLASSES, 1 + s, CHANNELS);
                long start = System.nanoTime();
                try {
                    FittedModel model = Baselines.named(name).fit(seeded);
                    oursRuns[0][s] = (System.nanoTime() - start) / 1e9;
                    oursRuns[1][s] = Scores.accuracy(test.y(), model.predict(test.x()));
                } catch (RuntimeException | OutOfMemoryError e) {
                    oursRuns[0][s] = Double.NaN;
                    oursRuns[1][s] = Double.NaN;
                    ours = " (ours failed: " + e + ")";
                }
                String[] sk = sklearn(args[3], args[4], dir, name, s);
                skRuns[0][s] = Double.parseDouble(sk[0]);
                skRuns[1][s] = Double.parseDouble(sk[1]);
            }
            double oursSeconds = median(oursRuns[0]);
            double skSeconds = median(skRuns[0]);
            String ranges = seeds == 1 ? "" : String.format(Locale.ROOT, "   acc ours %.3f-%.3f, sk %.3f-%.3f",
                    min(oursRuns[1]), max(oursRuns[1]), min(skRuns[1]), max(skRuns[1]));
            System.out.printf(Locale.ROOT, "%-20s %10.2f %10.2f %7.2f %9.3f %9.3f%s%s%n", name, oursSeconds, skSeconds,
                    oursSeconds / skSeconds, median(oursRuns[1]), median(skRuns[1]), ranges, ours);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }

    /** The script's last line: fit seconds and accuracy, or "nan nan" for a model scikit-learn does not have. */
    private static String[] sklearn(String python, String script, Path dir, String model, int seed)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder(python, script, dir.toString(), model, Integer.toString(seed))
                .redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>(new String(process.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8).lines().toList());
        process.waitFor();
        String last = lines.isEmpty() ? "nan nan" : lines.getLast();
        String[] parts = last.trim().split("\\s+");
        return parts.length == 2 && !parts[0].equals("nan") ? parts : new String[] {"NaN", "NaN"};
    }

    private static double[][] directions(SplittableRandom random) {
        int p = CHANNELS * SIDE * SIDE;
        double[][] d = new double[CLASSES][p];
        for (double[] direction : d) {
            double norm = 0;
            for (int j = 0; j < p; j++) {
                direction[j] = random.nextGaussian();
                norm += direction[j] * direction[j];
            }
            double scale = 0.025 * Math.sqrt(p) / Math.sqrt(norm);
            for (int j = 0; j < p; j++) {
                direction[j] *= scale;
            }
        }
        return d;
    }

    private static TrainingSet data(int n, double[][] directions, long seed) {
        int plane = SIDE * SIDE;
        int p = CHANNELS * plane;
        SplittableRandom random = new SplittableRandom(seed);
        float[][] x = new float[n][p];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = random.nextInt(CLASSES);
            for (int j = 0; j < p; j++) {
                x[i][j] = (float) (random.nextInt(256) / 255.0 + directions[y[i]][j]);
            }
            for (int c = 0; c < CHANNELS; c++) {
                x[i][c * plane + (SIDE / 2) * SIDE + SIDE / 2] = y[i] * 1e-3f;
            }
        }
        return new TrainingSet(x, y, CLASSES, seed, CHANNELS);
    }

    private static void write(Path dir, String name, TrainingSet data) throws IOException {
        int p = data.features();
        try (OutputStream out = Files.newOutputStream(dir.resolve(name + "_x.npy"))) {
            header(out, "<f4", "(" + data.x().length + ", " + p + ")");
            ByteBuffer row = ByteBuffer.allocate(p * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
            for (float[] values : data.x()) {
                row.clear();
                row.asFloatBuffer().put(values);
                out.write(row.array());
            }
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve(name + "_y.npy"))) {
            header(out, "<i4", "(" + data.y().length + ",)");
            ByteBuffer labels = ByteBuffer.allocate(data.y().length * Integer.BYTES).order(ByteOrder.LITTLE_ENDIAN);
            labels.asIntBuffer().put(data.y());
            out.write(labels.array());
        }
    }

    /** The .npy v1.0 header, padded so the data starts at a multiple of 64 bytes. */
    private static void header(OutputStream out, String dtype, String shape) throws IOException {
        String dict = "{'descr': '" + dtype + "', 'fortran_order': False, 'shape': " + shape + ", }";
        int total = 10 + dict.length() + 1;
        String padded = dict + " ".repeat((64 - total % 64) % 64) + "\n";
        ByteBuffer head = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
        head.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 0)
                .putShort((short) padded.length());
        out.write(head.array());
        out.write(padded.getBytes(StandardCharsets.US_ASCII));
    }
}
