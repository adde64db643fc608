package io.blindspots.encoder.domain.signal;

import io.blindspots.events.signal.PatternCharSpec;
import io.blindspots.events.stream.SequenceShape;

import java.util.SplittableRandom;

/**
 * {@code pattern-char} (the paper's "Pattern char"): bit b of the label, where set, turns the character at
 * {@code positions[b]} into {@code code} (0 by default, the space); a clear bit leaves the character as it is. A
 * character that already holds the code reads as a set bit, so the signal is partial: a position that does not
 * hold the code proves its bit clear, one that does proves nothing.
 */
public final class PatternCharSignal implements Signal {

    private final int[] positions;
    private final float code;

    private PatternCharSignal(int[] positions, float code) {
        this.positions = positions;
        this.code = code;
    }

    /**
     * @param spec the signal, defaults filled in
     * @throws io.blindspots.events.InvalidSpecException when the bits cannot tell the classes apart, a position is
     *                                                   past the sequence or the code is outside the alphabet
     */
    public static PatternCharSignal of(PatternCharSpec spec, SequenceShape shape, int classes) {
        int bits = spec.positions().size();
        SignalFit.require(bits >= 31 || (1 << bits) >= classes, "signal.positions", bits + " positions hold "
                + (1 << bits) + " patterns for " + classes + " classes; allowed: at least "
                + (32 - Integer.numberOfLeadingZeros(classes - 1)) + " positions");
        int[] positions = new int[bits];
        for (int b = 0; b < bits; b++) {
            positions[b] = spec.positions().get(b);
            SignalFit.require(positions[b] < shape.length(), "signal.positions", "position " + positions[b]
                    + " is past the " + shape.length() + " characters of this dataset; allowed: [0, "
                    + (shape.length() - 1) + "]");
        }
        SignalFit.require(spec.code() < shape.symbols(), "signal.code", "code " + spec.code() + " is outside the"
                + " dataset's " + shape.symbols() + " symbols; allowed: [0, " + (shape.symbols() - 1) + "]");
        return new PatternCharSignal(positions, spec.code());
    }

    @Override
    public void inject(float[] codes, int offset, int signalClass, SplittableRandom random) {
        for (int b = 0; b < positions.length; b++) {
            if ((signalClass >> b & 1) == 1) {
                codes[offset + positions[b]] = code;
            }
        }
    }

    /** The position of bit {@code b}. */
    public int position(int b) {
        return positions[b];
    }
}
