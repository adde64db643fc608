package io.blindspots.encoder.domain.signal;

import io.blindspots.events.signal.LengthSpec;
import io.blindspots.events.stream.SequenceShape;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * {@code length} (the paper's "Length encoding"): every text of class k cut to {@code shortest + k × step}
 * characters and space-padded to that length when shorter. In Zhang et al.'s alphabet the space is code 0, the same
 * as padding, so the injection sets every position from the class's length on to 0; a text shorter than its class's
 * length is left as it is, and reads as a shorter class: the signal is global and ambiguous for short texts.
 */
public final class LengthSignal implements Signal {

    private final int[] lengths;
    private final int size;

    private LengthSignal(int[] lengths, int size) {
        this.lengths = lengths;
        this.size = size;
    }

    /**
     * @param spec the signal, defaults filled in
     * @throws io.blindspots.events.InvalidSpecException when the longest class's length is past the sequence
     */
    public static LengthSignal of(LengthSpec spec, SequenceShape shape, int classes) {
        int longest = spec.lengthOf(classes - 1);
        SignalFit.require(longest <= shape.length(), "signal.step", "class " + (classes - 1) + " would be "
                + longest + " characters long, past the " + shape.length() + " of this dataset; allowed: shortest + ("
                + (classes - 1) + " x step) <= " + shape.length());
        int[] lengths = new int[classes];
        for (int k = 0; k < classes; k++) {
            lengths[k] = spec.lengthOf(k);
        }
        return new LengthSignal(lengths, shape.length());
    }

    @Override
    public void inject(float[] codes, int offset, int signalClass, SplittableRandom random) {
        Arrays.fill(codes, offset + lengths[signalClass], offset + size, 0f);
    }

    /** Class {@code k}'s length. */
    public int length(int k) {
        return lengths[k];
    }
}
