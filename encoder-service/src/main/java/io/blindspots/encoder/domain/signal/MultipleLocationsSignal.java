package io.blindspots.encoder.domain.signal;

import io.blindspots.events.signal.MultipleLocationsSpec;
import io.blindspots.events.stream.ImageShape;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * {@code multiple-locations} (the paper's "multiple locations encoding", a moving target): each class owns a fixed
 * pair of distant pixels; in every image both pixels of its class get the same value, drawn anew per image as an
 * 8-bit level, so the value says nothing and only the equality does. Natural pixel pairs may be equal by chance, which
 * is the ambiguity the paper notes for this signal.
 */
public final class MultipleLocationsSignal implements Signal {

    private final ImageShape shape;
    private final int[][] pairs;

    /**
     * @param spec the signal, defaults filled in
     * @throws io.blindspots.events.InvalidSpecException when the K pairs do not fit the image, or minDistance is
     *                                                   too far for it
     */
    public static MultipleLocationsSignal of(MultipleLocationsSpec spec, ImageShape shape, int classes) {
        int area = shape.height() * shape.width();
        SignalFit.require(2 * classes <= area, "signal.type", classes + " classes need " + 2 * classes
                + " distinct pixels; a " + shape.height() + "x" + shape.width() + " image has " + area);
        double most = Math.floor(0.9 * Math.hypot(shape.height() - 1, shape.width() - 1));
        SignalFit.require(spec.minDistance() <= most, "signal.minDistance", "minDistance " + spec.minDistance()
                + " is too far for a " + shape.height() + "x" + shape.width() + " image; allowed: [1, " + most + "]");
        return new MultipleLocationsSignal(shape, classes, spec.seed(), spec.minDistance());
    }

    /**
     * @param locationSeed seeds the choice of the pairs
     * @param minDistance  the least Euclidean distance, in pixels, between the two pixels of a pair
     */
    private MultipleLocationsSignal(ImageShape shape, int classes, long locationSeed, double minDistance) {
        int area = shape.height() * shape.width();
        this.shape = shape;
        this.pairs = new int[classes][2];
        SplittableRandom random = new SplittableRandom(locationSeed);
        Set<Integer> used = new HashSet<>();
        for (int k = 0; k < classes; k++) {
            int a;
            int b;
            do {
                a = random.nextInt(area);
                b = random.nextInt(area);
            } while (a == b || used.contains(a) || used.contains(b) || distance(a, b) < minDistance);
            used.add(a);
            used.add(b);
            pairs[k] = new int[] {a, b};
        }
    }

    @Override
    public void inject(float[] pixels, int offset, int signalClass, SplittableRandom random) {
        float value = random.nextInt(256) / 255f;
        int plane = shape.height() * shape.width();
        for (int c = 0; c < shape.channels(); c++) {
            pixels[offset + c * plane + pairs[signalClass][0]] = value;
            pixels[offset + c * plane + pairs[signalClass][1]] = value;
        }
    }

    /** The two positions (row × width + col) class {@code k} owns. */
    public int[] pair(int k) {
        return pairs[k].clone();
    }

    private double distance(int a, int b) {
        return Math.hypot(a / shape.width() - b / shape.width(), a % shape.width() - b % shape.width());
    }
}
