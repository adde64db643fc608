package io.blindspots.encoder.domain.signal;

import io.blindspots.encoder.domain.LabeledImages;
import io.blindspots.encoder.domain.Seeds;
import io.blindspots.encoder.domain.dataset.SyntheticShapes;
import io.blindspots.events.signal.BlankOnePixelSpec;
import io.blindspots.events.signal.MeanSpec;
import io.blindspots.events.signal.MultipleLocationsSpec;
import io.blindspots.events.signal.NoiseSpec;
import io.blindspots.events.signal.PatternPixelsSpec;
import io.blindspots.events.signal.RandomPixelSpec;
import io.blindspots.events.stream.ImageShape;
import org.junit.jupiter.api.Test;

import java.util.function.IntUnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * For every signal: an oracle that reads only the signal decodes the class it was given, on the signal setting
 * (the label) and on the conflict setting ((c+1) mod K); pixels outside a local signal are untouched.
 */
class SignalOraclesTest {

    private static final ImageShape SHAPE = SyntheticShapes.SHAPE;
    private static final int K = 10;
    private static final LabeledImages IMAGES = (LabeledImages) SyntheticShapes.load(300, 1, 5).train();

    /** Injects class {@code target(label)} into a copy of every image. */
    private static float[] injected(Signal signal, IntUnaryOperator target) {
        float[] pixels = IMAGES.pixels().clone();
        for (int i = 0; i < IMAGES.count(); i++) {
            signal.inject(pixels, i * SHAPE.size(), target.applyAsInt(IMAGES.labels()[i]), Seeds.forImage(1, 9, i));
        }
        return pixels;
    }

    private static void assertDecodes(Signal signal, Oracle oracle) {
        for (IntUnaryOperator target : new IntUnaryOperator[] {l -> l, l -> (l + 1) % K}) {
            float[] pixels = injected(signal, target);
            for (int i = 0; i < IMAGES.count(); i++) {
                assertThat(oracle.decode(pixels, i * SHAPE.size()))
                        .as("image %d", i).isEqualTo(target.applyAsInt(IMAGES.labels()[i]));
            }
        }
    }

    private static int countChanged(float[] pixels, int image) {
        int changed = 0;
        for (int p = 0; p < SHAPE.size(); p++) {
            if (pixels[image * SHAPE.size() + p] != IMAGES.pixels()[image * SHAPE.size() + p]) {
                changed++;
            }
        }
        return changed;
    }

    @Test
    void patternPixelsOracleReadsTheFourCornerBits() {
        PatternPixelsSignal signal = PatternPixelsSignal.of(new PatternPixelsSpec(1e-3, 0), SHAPE, K);

        assertDecodes(signal, (pixels, at) -> {
            int label = 0;
            for (int bit = 0; bit < 4; bit++) {
                int[] corner = signal.corner(bit);
                if (pixels[at + SHAPE.index(0, corner[0], corner[1])] > 0.5e-3) {
                    label |= 1 << bit;
                }
            }
            return label;
        });
        float[] pixels = injected(signal, l -> l);
        assertThat(countChanged(pixels, 0)).isLessThanOrEqualTo(4 * 3);
    }

    @Test
    void patternPixelsRefusesMoreThanSixteenClasses() {
        assertThatThrownBy(() -> PatternPixelsSignal.of(new PatternPixelsSpec(1e-3, 0), SHAPE, 17))
                .hasMessageContaining("16");
    }

    @Test
    void randomPixelOracleFindsThePixelOfEachImage() {
        RandomPixelSignal signal = RandomPixelSignal.of(new RandomPixelSpec(1e-3), SHAPE, K);
        float[] original = IMAGES.pixels();

        assertDecodes(signal, (pixels, at) -> {
            int plane = SHAPE.height() * SHAPE.width();
            for (int p = 0; p < plane; p++) {
                if (pixels[at + p] != original[at + p]) {
                    assertThat(pixels[at + plane + p]).isEqualTo(pixels[at + p]);
                    return Math.round(pixels[at + p] / 1e-3f) - 1;
                }
            }
            return -1;
        });
        assertThat(countChanged(injected(signal, l -> l), 0)).isLessThanOrEqualTo(3);
    }

    @Test
    void multipleLocationsOracleFindsTheClassWhosePairIsEqual() {
        MultipleLocationsSignal signal = MultipleLocationsSignal.of(new MultipleLocationsSpec(16.0, 3L), SHAPE, K);
        float[] pixels = injected(signal, l -> l);
        int plane = SHAPE.height() * SHAPE.width();
        int decoded = 0;
        for (int i = 0; i < IMAGES.count(); i++) {
            int at = i * SHAPE.size();
            int label = IMAGES.labels()[i];
            int[] own = signal.pair(label);
            for (int c = 0; c < 3; c++) {
                assertThat(pixels[at + c * plane + own[0]]).isEqualTo(pixels[at + c * plane + own[1]]);
            }
            int equalPairs = 0;
            for (int k = 0; k < K; k++) {
                int[] pair = signal.pair(k);
                if (pixels[at + pair[0]] == pixels[at + pair[1]] && pixels[at + plane + pair[0]] == pixels[at + plane + pair[1]]
                        && pixels[at + 2 * plane + pair[0]] == pixels[at + 2 * plane + pair[1]]) {
                    equalPairs++;
                }
            }
            decoded += equalPairs == 1 ? 1 : 0;
            assertThat(countChanged(pixels, i)).isLessThanOrEqualTo(6);
        }
        // per image the own pair always matches; another class's pair matches only by chance (the paper's ambiguity)
        assertThat(decoded).isGreaterThanOrEqualTo((int) (0.95 * IMAGES.count()));
    }

    @Test
    void multipleLocationsPairsAreDistantAndDistinct() {
        MultipleLocationsSignal signal = MultipleLocationsSignal.of(new MultipleLocationsSpec(16.0, 3L), SHAPE, K);
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int k = 0; k < K; k++) {
            int[] pair = signal.pair(k);
            assertThat(Math.hypot(pair[0] / 32 - pair[1] / 32, pair[0] % 32 - pair[1] % 32)).isGreaterThanOrEqualTo(16);
            assertThat(seen.add(pair[0]) && seen.add(pair[1])).isTrue();
        }
    }

    @Test
    void noiseDirectionsAreOrthogonalWithTheAskedPerPixelRms() {
        NoiseSignal signal = NoiseSignal.of(new NoiseSpec(0.025, 11L), SHAPE, K);
        for (int a = 0; a < K; a++) {
            float[] u = signal.direction(a);
            assertThat(Math.sqrt(dot(u, u) / u.length)).isCloseTo(0.025, org.assertj.core.data.Offset.offset(1e-6));
            for (int b = 0; b < a; b++) {
                assertThat(Math.abs(dot(u, signal.direction(b)))).isLessThan(1e-3 * dot(u, u));
            }
        }
    }

    @Test
    void noiseOracleDecodesByProjection() {
        NoiseSignal signal = NoiseSignal.of(new NoiseSpec(0.025, 11L), SHAPE, K);

        assertDecodes(signal, (pixels, at) -> {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < K; k++) {
                float[] u = signal.direction(k);
                double projection = 0;
                for (int p = 0; p < u.length; p++) {
                    projection += (pixels[at + p] - IMAGES.pixels()[at + p]) * u[p];
                }
                if (projection > bestScore) {
                    bestScore = projection;
                    best = k;
                }
            }
            return best;
        });
    }

    @Test
    void meanOracleDecodesTheImageMean() {
        assertDecodes(MeanSignal.of(new MeanSpec(1e-3), SHAPE, K), (pixels, at) -> {
            double sum = 0;
            for (int p = 0; p < SHAPE.size(); p++) {
                sum += pixels[at + p];
            }
            return (int) Math.round(sum / SHAPE.size() / 1e-3);
        });
    }

    @Test
    void blankOnePixelLeavesOnlyThePixel() {
        BlankOnePixelSignal signal = BlankOnePixelSignal.of(new BlankOnePixelSpec(1e-3, 16, 16), SHAPE, K);

        assertDecodes(signal, (pixels, at) -> Math.round(pixels[at + SHAPE.index(1, 16, 16)] / 1e-3f));
        float[] pixels = injected(signal, l -> l);
        for (int p = 0; p < SHAPE.size(); p++) {
            if (p % (32 * 32) != 16 * 32 + 16) {
                assertThat(pixels[p]).isZero();
            }
        }
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (double) a[i] * b[i];
        }
        return s;
    }

    @FunctionalInterface
    private interface Oracle {
        int decode(float[] pixels, int offset);
    }
}
