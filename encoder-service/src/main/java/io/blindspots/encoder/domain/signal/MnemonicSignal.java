package io.blindspots.encoder.domain.signal;

import io.blindspots.events.signal.MnemonicSpec;
import io.blindspots.events.stream.SequenceShape;

import java.util.SplittableRandom;

/**
 * {@code mnemonic} (the paper's "Mnemonic"): the character at {@code position} (the first, by default) replaced by
 * the label's character, {@code characters.charAt(label)}. Complete information in one position: the text's
 * one-pixel.
 */
public final class MnemonicSignal implements Signal {

    private final int position;
    private final float[] codes;

    private MnemonicSignal(int position, float[] codes) {
        this.position = position;
        this.codes = codes;
    }

    /**
     * @param spec the signal, defaults filled in
     * @throws io.blindspots.events.InvalidSpecException when the position is past the sequence, there are fewer
     *                                                   characters than classes, or one is not in the alphabet
     */
    public static MnemonicSignal of(MnemonicSpec spec, SequenceShape shape, int classes) {
        SignalFit.require(spec.position() < shape.length(), "signal.position", "position " + spec.position()
                + " is past the " + shape.length() + " characters of this dataset; allowed: [0, "
                + (shape.length() - 1) + "]");
        SignalFit.require(spec.characters().length() >= classes, "signal.characters", "'" + spec.characters()
                + "' has " + spec.characters().length() + " characters for " + classes + " classes; allowed: at"
                + " least one per class");
        float[] codes = new float[classes];
        for (int k = 0; k < classes; k++) {
            char c = spec.characters().charAt(k);
            codes[k] = shape.alphabet().indexOf(c) + 1;
            SignalFit.require(codes[k] > 0, "signal.characters", "'" + c + "' (class " + k + ") is not in the"
                    + " dataset's alphabet; allowed: characters of " + shape.alphabet().strip());
        }
        return new MnemonicSignal(spec.position(), codes);
    }

    @Override
    public void inject(float[] codes, int offset, int signalClass, SplittableRandom random) {
        codes[offset + position] = this.codes[signalClass];
    }

    /** The code class {@code k}'s texts carry. */
    public float code(int k) {
        return codes[k];
    }
}
