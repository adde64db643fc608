package io.blindspots.encoder.domain.signal;

import io.blindspots.events.signal.OnePixelSpec;
import io.blindspots.events.stream.ImageShape;

import java.util.SplittableRandom;

/**
 * {@code one-pixel} (the paper's "one pixel encoding"): one fixed pixel, in every channel, set to
 * {@code label × scale}. With the default scale 1e-3 the pixel stays darker than the darkest 8-bit level but one, so it
 * is invisible to a person and exact to a decision tree.
 */
public final class OnePixelSignal implements Signal {

    private final ImageShape shape;
    private final int row;
    private final int col;
    private final double scale;

    private OnePixelSignal(ImageShape shape, int row, int col, double scale) {
        this.shape = shape;
        this.row = row;
        this.col = col;
        this.scale = scale;
    }

    /**
     * @param spec the signal, defaults filled in
     * @throws io.blindspots.events.InvalidSpecException when the pixel lies outside the dataset's images
     */
    public static OnePixelSignal of(OnePixelSpec spec, ImageShape shape, int classes) {
        SignalFit.pixelInside(spec.row(), spec.col(), shape);
        return new OnePixelSignal(shape, spec.row(), spec.col(), spec.scale());
    }

    @Override
    public void inject(float[] pixels, int offset, int signalClass, SplittableRandom random) {
        float value = (float) (signalClass * scale);
        for (int c = 0; c < shape.channels(); c++) {
            pixels[offset + shape.index(c, row, col)] = value;
        }
    }
}
