package io.blindspots.encoder.domain.signal;

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

    public OnePixelSignal(ImageShape shape, int row, int col, double scale) {
        if (row < 0 || row >= shape.height() || col < 0 || col >= shape.width()) {
            throw new IllegalArgumentException("pixel (" + row + ", " + col + ") is outside the "
                    + shape.height() + "x" + shape.width() + " image");
        }
        this.shape = shape;
        this.row = row;
        this.col = col;
        this.scale = scale;
    }

    @Override
    public void inject(float[] pixels, int offset, int signalClass, SplittableRandom random) {
        float value = (float) (signalClass * scale);
        for (int c = 0; c < shape.channels(); c++) {
            pixels[offset + shape.index(c, row, col)] = value;
        }
    }
}
