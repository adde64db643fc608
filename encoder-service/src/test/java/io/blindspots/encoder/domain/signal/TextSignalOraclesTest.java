package io.blindspots.encoder.domain.signal;

import io.blindspots.encoder.domain.Samples;
import io.blindspots.encoder.domain.text.SyntheticText;
import io.blindspots.encoder.domain.text.ZhangEncoding;
import io.blindspots.events.signal.LengthSpec;
import io.blindspots.events.signal.MnemonicSpec;
import io.blindspots.events.signal.PatternCharSpec;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Oracles that read only the injected characters: the complete signal (mnemonic) decodes every label, the partial
 * ones (length, pattern-char) decode what they can, never a wrong class where they claim one.
 */
class TextSignalOraclesTest {

    private static final int N = 400;
    private static final int L = ZhangEncoding.LENGTH;
    private static final Samples TEXTS = SyntheticText.load(N, 1, 9).train();

    @Test
    void mnemonicDecodesEveryLabelFromTheFirstCharacter() {
        MnemonicSignal signal = MnemonicSignal.of(new MnemonicSpec(null, null).withDefaults(1), ZhangEncoding.SHAPE,
                5);
        float[] codes = injected(signal);

        for (int i = 0; i < N; i++) {
            int decoded = ZhangEncoding.ALPHABET.indexOf(Math.round(codes[i * L]) - 1 >= 0
                    ? ZhangEncoding.ALPHABET.charAt(Math.round(codes[i * L]) - 1) : '?');
            assertThat(decoded).isEqualTo(label(i));
        }
    }

    @Test
    void lengthNeverOverstatesTheClassAndDecodesEveryTextLongerThanItsClassLength() {
        LengthSpec spec = new LengthSpec(null, null).withDefaults(1);
        LengthSignal signal = LengthSignal.of(spec, ZhangEncoding.SHAPE, 5);
        float[] clean = clean();
        float[] codes = injected(signal);
        int exact = 0;

        for (int i = 0; i < N; i++) {
            int last = lastNonZero(codes, i);
            int decoded = 0;
            while (decoded < 4 && last >= spec.lengthOf(decoded)) {
                decoded++;
            }
            assertThat(decoded).isLessThanOrEqualTo(label(i));
            assertThat(last).isLessThan(spec.lengthOf(label(i)));
            if (clean[i * L + spec.lengthOf(label(i)) - 1] != 0) {
                assertThat(decoded).isEqualTo(label(i));
                exact++;
            }
        }
        assertThat(exact).isGreaterThan(N * 3 / 4);
    }

    @Test
    void patternCharProvesClearBitsWhereTheCharacterIsNotASpace() {
        PatternCharSpec spec = new PatternCharSpec(null, null).withDefaults(1);
        PatternCharSignal signal = PatternCharSignal.of(spec, ZhangEncoding.SHAPE, 5);
        float[] clean = clean();
        float[] codes = injected(signal);
        int exact = 0;

        for (int i = 0; i < N; i++) {
            int decoded = 0;
            boolean certain = true;
            for (int b = 0; b < 3; b++) {
                int p = i * L + spec.positions().get(b);
                if (codes[p] == 0) {
                    decoded |= 1 << b;
                    certain &= clean[p] != 0;
                } else {
                    assertThat(label(i) >> b & 1).as("a kept character proves bit %d clear", b).isZero();
                }
                if ((label(i) >> b & 1) == 1) {
                    assertThat(codes[p]).isZero();
                }
            }
            if (certain) {
                assertThat(decoded).isEqualTo(label(i));
                exact++;
            }
        }
        assertThat(exact).isBetween(N / 4, N - 1);
    }

    private static int label(int i) {
        return TEXTS.labels()[i];
    }

    private static float[] clean() {
        float[] codes = new float[N * L];
        TEXTS.read(0, N, codes);
        return codes;
    }

    private static float[] injected(Signal signal) {
        float[] codes = clean();
        for (int i = 0; i < N; i++) {
            signal.inject(codes, i * L, label(i), new SplittableRandom(i));
        }
        return codes;
    }

    private static int lastNonZero(float[] codes, int i) {
        for (int p = L - 1; p >= 0; p--) {
            if (codes[i * L + p] != 0) {
                return p;
            }
        }
        return -1;
    }
}
