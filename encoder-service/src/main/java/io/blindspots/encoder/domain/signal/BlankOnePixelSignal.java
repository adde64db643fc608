package io.blindspots.encoder.domain.signal;

import io.blindspots.events.signal.BlankOnePixelSpec;
import io.blindspots.events.signal.OnePixelSpec;
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

    private BlankOnePixelSignal(ImageShape shape, OnePixelSignal onePixel) {
        this.shape = shape;
        this.onePixel = onePixel;
    }

    /**
     * @param spec the signal, defaults filled in
     * @throws io.blindspots.events.InvalidSpecException when the pixel lies outside the dataset's images
     */
    public static BlankOnePixelSignal of(BlankOnePixelSpec spec, ImageShape shape, int classes) {
        return new BlankOnePixelSignal(shape,
                OnePixelSignal.of(new OnePixelSpec(spec.scale(), spec.row(), spec.col()), shape, classes));
    }

    @Override
    public void inject(float[] pixels, int offset, int signalClass, SplittableRandom random) {
        clean(pixels, offset);
        onePixel.inject(pixels, offset, signalClass, random);
    }

    /** Blank, without any class's pixel. */
    @Override
    public void clean(float[] pixels, int offset) {
        Arrays.fill(pixels, offset, offset + shape.size(), 0f);
    }
}
