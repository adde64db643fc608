package io.blindspots.encoder.domain.signal;

import io.blindspots.events.stream.ImageShape;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * {@code blank-one-pixel} (the paper's "information shut-down" control): the image is zeroed, then the one-pixel
 * signal is written. With nothing else to look at, a ConvNet does find the pixel.
 */
public final class BlankOnePixelSignal implements Signal {

    private final ImageShape shape;
    private final OnePixelSignal onePixel;

    public BlankOnePixelSignal(ImageShape shape, int row, int col, double scale) {
        this.shape = shape;
        this.onePixel = new OnePixelSignal(shape, row, col, scale);
    }

    @Override
    public void inject(float[] pixels, int offset, int signalClass, SplittableRandom random) {
        Arrays.fill(pixels, offset, offset + shape.size(), 0f);
        onePixel.inject(pixels, offset, signalClass, random);
    }
}
