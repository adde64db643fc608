package io.blindspots.encoder.domain.signal;

import io.blindspots.events.signal.PatternPixelsSpec;
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
     * @param spec the signal, defaults filled in
     * @throws io.blindspots.events.InvalidSpecException for more than 16 classes, or an inset that leaves the image
     */
    public static PatternPixelsSignal of(PatternPixelsSpec spec, ImageShape shape, int classes) {
        SignalFit.require(classes <= MAX_CLASSES, "signal.type", "pattern-pixels encodes at most " + MAX_CLASSES
                + " classes in four bits; this dataset has " + classes);
        int most = (Math.min(shape.height(), shape.width()) - 1) / 2;
        SignalFit.require(spec.inset() <= most, "signal.inset", "inset " + spec.inset()
                + " does not fit the image; allowed: [0, " + most + "]");
        return new PatternPixelsSignal(shape, spec.scale(), spec.inset());
    }

    /** @param inset how far in from the image's edges the four pixels sit (0: the very corners) */
    private PatternPixelsSignal(ImageShape shape, double scale, int inset) {
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
