package io.blindspots.convnet.domain;

import io.blindspots.events.stream.ImageShape;
import io.blindspots.events.stream.SampleShape;
import io.blindspots.events.stream.SequenceShape;
import io.blindspots.runtime.stream.SplitData;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Random;

/**
 * Turns a split's float arrays into mini-batches: images as NCHW arrays (less a per-pixel mean, when given),
 * sequences one-hot as N × symbols × 1 × length arrays (a channel per alphabet symbol; code 0, padding or unknown,
 * is the all-zero vector, as Zhang et al. quantised it); a seeded order per epoch for training, contiguous slices for
 * evaluation. Samples are copied into a fresh array per batch, so a batch never aliases the split.
 */
public final class MiniBatches {

    private final SplitData data;
    private final SampleShape shape;
    private final int classes;
    private final float[] mean;

    public MiniBatches(SplitData data, SampleShape shape, int classes) {
        this(data, shape, classes, null);
    }

    /**
     * @param mean a per-pixel mean to subtract from every image (null: images as they are); images only, as a
     *             one-hot sequence has nothing to centre
     */
    public MiniBatches(SplitData data, SampleShape shape, int classes, float[] mean) {
        if (data.sampleSize() != shape.size()) {
            throw new IllegalArgumentException("images of " + data.sampleSize() + " values do not have shape " + shape);
        }
        if (mean != null && !(shape instanceof ImageShape)) {
            throw new IllegalArgumentException("a per-pixel mean for samples of shape " + shape + ", not images");
        }
        if (mean != null && mean.length != shape.size()) {
            throw new IllegalArgumentException("a mean of " + mean.length + " values for images of shape " + shape);
        }
        this.data = data;
        this.shape = shape;
        this.classes = classes;
        this.mean = mean;
    }

    /** The per-pixel mean of a split's images: what the ResNet paper subtracts from every image. */
    public static float[] pixelMean(SplitData data) {
        double[] sum = new double[data.sampleSize()];
        float[] image = new float[data.sampleSize()];
        for (int i = 0; i < data.count(); i++) {
            data.copySample(i, image, 0);
            for (int p = 0; p < sum.length; p++) {
                sum[p] += image[p];
            }
        }
        float[] mean = new float[sum.length];
        for (int p = 0; p < sum.length; p++) {
            mean[p] = data.count() == 0 ? 0 : (float) (sum[p] / data.count());
        }
        return mean;
    }

    /**
     * The order in which an epoch visits the images: a permutation of {@code 0..count-1} drawn from the run's seed
     * and the epoch, so that a run trained again sees the same batches.
     */
    public static int[] epochOrder(int count, long seed, int epoch) {
        Random random = new Random(seed * 0x9E3779B97F4A7C15L + epoch);
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        for (int i = count - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    public int count() {
        return data.count();
    }

    /** Samples {@code order[from..to)}: images as an NCHW array, sequences one-hot. */
    public INDArray features(int[] order, int from, int to) {
        int size = shape.size();
        if (shape instanceof SequenceShape sequence) {
            float[] oneHot = new float[(to - from) * sequence.alphabet().length() * size];
            for (int i = from; i < to; i++) {
                oneHot(sequence, order[i], oneHot, i - from);
            }
            return Nd4j.create(oneHot, new long[] {to - from, sequence.alphabet().length(), 1, size}, 'c');
        }
        float[] pixels = new float[(to - from) * size];
        for (int i = from; i < to; i++) {
            data.copySample(order[i], pixels, (i - from) * size);
        }
        centre(pixels);
        return nchw(pixels, to - from);
    }

    /** One-hot labels of images {@code order[from..to)}. */
    public INDArray labels(int[] order, int from, int to) {
        float[] oneHot = new float[(to - from) * classes];
        for (int i = from; i < to; i++) {
            oneHot[(i - from) * classes + data.labels()[order[i]]] = 1f;
        }
        return Nd4j.create(oneHot, new long[] {to - from, classes}, 'c');
    }

    /** Samples {@code from..to} in stored order, as {@link #features(int[], int, int)} lays them out. */
    public INDArray features(int from, int to) {
        if (shape instanceof SequenceShape) {
            int[] order = new int[to];
            for (int i = from; i < to; i++) {
                order[i] = i;
            }
            return features(order, from, to);
        }
        int size = shape.size();
        float[] pixels = new float[(to - from) * size];
        for (int i = from; i < to; i++) {
            data.copySample(i, pixels, (i - from) * size);
        }
        centre(pixels);
        return nchw(pixels, to - from);
    }

    private INDArray nchw(float[] pixels, int count) {
        ImageShape image = (ImageShape) shape;
        return Nd4j.create(pixels, new long[] {count, image.channels(), image.height(), image.width()}, 'c');
    }

    /** Writes sample {@code sample}'s codes one-hot, channel c - 1 for code c, as the {@code at}-th of a batch. */
    private void oneHot(SequenceShape sequence, int sample, float[] out, int at) {
        int length = sequence.length();
        int symbols = sequence.alphabet().length();
        int base = at * symbols * length;
        for (int p = 0; p < length; p++) {
            int code = Math.round(data.value(sample, p));
            if (code >= 1 && code <= symbols) {
                out[base + (code - 1) * length + p] = 1f;
            }
        }
    }

    private void centre(float[] pixels) {
        if (mean != null) {
            for (int i = 0; i < pixels.length; i++) {
                pixels[i] -= mean[i % mean.length];
            }
        }
    }
}
