package io.blindspots.encoder.domain.dataset;

import io.blindspots.events.stream.ImageShape;
import io.blindspots.encoder.domain.LabeledImages;
import io.blindspots.encoder.domain.Seeds;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The built-in dataset: procedurally drawn 32×32 RGB images of ten shapes, each at a random position and size, in a
 * random colour, on a random gradient background with pixel noise and a clutter stroke, quantised to 8 bits like a
 * photograph. Every image is a pure function of (seed, part, index), so a run is reproducible bit for bit.
 *
 * <p>It is hard on purpose: a shape moves and changes colour, so no single pixel tells the class, and a decision tree
 * on raw pixels stays well below 90 % on clean data, while a ConvNet, built for exactly this kind of invariance,
 * learns it. That gap is what makes the injected signals meaningful.
 */
public final class SyntheticShapes {

    public static final String NAME = "synthetic-shapes";
    public static final int DEFAULT_TRAIN = 10_000;
    public static final int DEFAULT_TEST = 2_000;
    public static final ImageShape SHAPE = new ImageShape(3, 32, 32);

    private static final int TRAIN_PART = 1;
    private static final int TEST_PART = 2;
    private static final double NOISE = 0.04;

    private SyntheticShapes() {
    }

    /** Draws the train and test parts; null limits take the defaults. */
    public static Dataset load(Integer trainLimit, Integer testLimit, long seed) {
        return new Dataset(NAME, SHAPE, ShapeClass.names(),
                draw(trainLimit == null ? DEFAULT_TRAIN : trainLimit, seed, TRAIN_PART),
                draw(testLimit == null ? DEFAULT_TEST : testLimit, seed, TEST_PART));
    }

    static LabeledImages draw(int count, long seed, int part) {
        int size = SHAPE.size();
        int[] labels = new int[count];
        float[] pixels = new float[count * size];
        for (int i = 0; i < count; i++) {
            SplittableRandom random = Seeds.forImage(seed, part, i);
            labels[i] = random.nextInt(ShapeClass.values().length);
            drawImage(pixels, i * size, ShapeClass.values()[labels[i]], random);
        }
        return new LabeledImages(SHAPE, labels, pixels);
    }

    private static void drawImage(float[] pixels, int offset, ShapeClass shape, SplittableRandom random) {
        int h = SHAPE.height();
        int w = SHAPE.width();
        double[] background = randomColour(random);
        double[] gradient = {random.nextDouble(-0.2, 0.2), random.nextDouble(-0.2, 0.2)};
        double[] foreground = contrasting(background, random);
        double size = random.nextDouble(6.0, 11.0);
        double cx = random.nextDouble(size, w - size);
        double cy = random.nextDouble(size, h - size);
        double angle = random.nextDouble(-0.2, 0.2);
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        Clutter clutter = Clutter.random(w, h, random);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double dx = (x - cx) * cos + (y - cy) * sin;
                double dy = -(x - cx) * sin + (y - cy) * cos;
                boolean inside = shape.contains(dx, dy, size);
                double shade = (x - w / 2.0) / w * gradient[0] + (y - h / 2.0) / h * gradient[1];
                for (int c = 0; c < 3; c++) {
                    double value = inside ? foreground[c] : background[c] + shade;
                    if (!inside && clutter.covers(x, y)) {
                        value = clutter.colour()[c];
                    }
                    value += random.nextGaussian() * NOISE;
                    pixels[offset + SHAPE.index(c, y, x)] = quantise(value);
                }
            }
        }
    }

    /** Rounds to the nearest 8-bit level: the images look like decoded photographs, not continuous noise. */
    static float quantise(double value) {
        double clipped = Math.clamp(value, 0.0, 1.0);
        return (float) (Math.round(clipped * 255) / 255.0);
    }

    private static double[] randomColour(SplittableRandom random) {
        return new double[] {random.nextDouble(0.1, 0.9), random.nextDouble(0.1, 0.9), random.nextDouble(0.1, 0.9)};
    }

    private static double[] contrasting(double[] background, SplittableRandom random) {
        double[] colour = new double[3];
        double sign = Arrays.stream(background).average().orElse(0.5) > 0.5 ? -1 : 1;
        for (int c = 0; c < 3; c++) {
            colour[c] = Math.clamp(background[c] + sign * random.nextDouble(0.3, 0.6), 0.0, 1.0);
        }
        return colour;
    }

    /** A short line segment of random colour, drawn under the shape: clutter that no pixel rule can ignore. */
    private record Clutter(double x0, double y0, double x1, double y1, double[] colour) {

        static Clutter random(int w, int h, SplittableRandom random) {
            return new Clutter(random.nextDouble(w), random.nextDouble(h), random.nextDouble(w), random.nextDouble(h),
                    randomColour(random));
        }

        boolean covers(int x, int y) {
            double vx = x1 - x0;
            double vy = y1 - y0;
            double t = Math.clamp(((x - x0) * vx + (y - y0) * vy) / Math.max(vx * vx + vy * vy, 1e-9), 0.0, 1.0);
            double px = x0 + t * vx - x;
            double py = y0 + t * vy - y;
            return px * px + py * py <= 0.6;
        }
    }
}
