package io.blindspots.encoder.domain.signal;

import io.blindspots.events.signal.MeanSpec;
import io.blindspots.events.stream.ImageShape;

import java.util.SplittableRandom;

/**
 * {@code mean} (the paper's global "mean" signal): the image is made zero-mean over all its values, then
 * {@code label × scale} is added to every pixel, so the class is exactly the image's mean divided by the scale.
 */
public final class MeanSignal implements Signal {

    private final ImageShape shape;
    private final double scale;

    private MeanSignal(ImageShape shape, double scale) {
        this.shape = shape;
        this.scale = scale;
    }

    /** @param spec the signal, defaults filled in; any scale fits any image */
    public static MeanSignal of(MeanSpec spec, ImageShape shape, int classes) {
        return new MeanSignal(shape, spec.scale());
    }

    @Override
    public void inject(float[] pixels, int offset, int signalClass, SplittableRandom random) {
        shift(pixels, offset, signalClass * scale);
    }

    /** Zero-mean, without any class's offset. */
    @Override
    public void clean(float[] pixels, int offset) {
        shift(pixels, offset, 0);
    }

    /** Moves every value so that the image's mean becomes {@code mean}. */
    private void shift(float[] pixels, int offset, double mean) {
        int size = shape.size();
        double sum = 0;
        for (int i = 0; i < size; i++) {
            sum += pixels[offset + i];
        }
        double shift = mean - sum / size;
        for (int i = 0; i < size; i++) {
            pixels[offset + i] = (float) (pixels[offset + i] + shift);
        }
    }
}
