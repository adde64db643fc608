package io.blindspots.encoder.domain.signal;

import io.blindspots.events.stream.ImageShape;

import java.util.SplittableRandom;

/**
 * {@code pattern-pixels} (the paper's "pattern pixels encoding"): the four corner pixels hold the label's four bits,
 * bit 0 top-left, bit 1 top-right, bit 2 bottom-left, bit 3 bottom-right; a set bit puts {@code scale} in every
 * channel of its corner, a clear bit 0. Sixteen classes at most.
 */
public final class PatternPixelsSignal implements Signal {

    public static final int MAX_CLASSES = 16;

    private final ImageShape shape;
    private final int[][] corners;
    private final float scale;

    /**
     * @param inset how far in from the image's edges the four pixels sit (0: the very corners)
     */
    public PatternPixelsSignal(ImageShape shape, int classes, double scale, int inset) {
        if (classes > MAX_CLASSES) {
            throw new IllegalArgumentException("pattern-pixels encodes at most 16 classes in 4 bits, not " + classes);
        }
        if (inset < 0 || 2 * inset >= Math.min(shape.height(), shape.width())) {
            throw new IllegalArgumentException("inset " + inset + " does not fit a " + shape.height() + "x"
                    + shape.width() + " image");
        }
        int bottom = shape.height() - 1 - inset;
        int right = shape.width() - 1 - inset;
        this.shape = shape;
        this.corners = new int[][] {{inset, inset}, {inset, right}, {bottom, inset}, {bottom, right}};
        this.scale = (float) scale;
    }

    @Override
    public void inject(float[] pixels, int offset, int signalClass, SplittableRandom random) {
        for (int bit = 0; bit < corners.length; bit++) {
            float value = (signalClass >> bit & 1) == 1 ? scale : 0f;
            for (int c = 0; c < shape.channels(); c++) {
                pixels[offset + shape.index(c, corners[bit][0], corners[bit][1])] = value;
            }
        }
    }

    /** The (row, col) of the pixel holding bit {@code bit}. */
    public int[] corner(int bit) {
        return corners[bit].clone();
    }
}
