package io.blindspots.encoder.domain.signal;

import io.blindspots.encoder.domain.LabeledImages;
import io.blindspots.encoder.domain.Seeds;
import io.blindspots.encoder.domain.dataset.SyntheticShapes;
import io.blindspots.events.signal.BlankOnePixelSpec;
import io.blindspots.events.signal.MeanSpec;
import io.blindspots.events.signal.NoiseSpec;
import io.blindspots.events.signal.OnePixelSpec;
import io.blindspots.events.stream.ImageShape;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@link Signal#clean}: the class-independent part of an injection. An injected image then differs from its cleaned
 * twin by the class's signal alone, which is what makes clean-split accuracy comparable with the signal split.
 */
class SignalCleanTest {

    private static final ImageShape SHAPE = SyntheticShapes.SHAPE;
    private static final int K = 10;
    private static final LabeledImages IMAGES = (LabeledImages) SyntheticShapes.load(50, 1, 3).train();

    private static float[] cleaned(Signal signal) {
        float[] pixels = IMAGES.pixels().clone();
        for (int i = 0; i < IMAGES.count(); i++) {
            signal.clean(pixels, i * SHAPE.size());
        }
        return pixels;
    }

    private static float[] injected(Signal signal) {
        float[] pixels = IMAGES.pixels().clone();
        for (int i = 0; i < IMAGES.count(); i++) {
            signal.inject(pixels, i * SHAPE.size(), IMAGES.labels()[i], Seeds.forImage(1, 9, i));
        }
        return pixels;
    }

    @Test
    void meanCleanMakesEveryImageZeroMeanSoTheInjectedOneDiffersOnlyByTheClassOffset() {
        MeanSignal signal = MeanSignal.of(new MeanSpec(1e-3), SHAPE, K);
        float[] clean = cleaned(signal);
        float[] injected = injected(signal);

        for (int i = 0; i < IMAGES.count(); i++) {
            double sum = 0;
            for (int p = 0; p < SHAPE.size(); p++) {
                int at = i * SHAPE.size() + p;
                sum += clean[at];
                assertThat((double) injected[at] - clean[at]).isCloseTo(IMAGES.labels()[i] * 1e-3, within(1e-5));
            }
            assertThat(sum / SHAPE.size()).as("image %d", i).isCloseTo(0, within(1e-5));
        }
    }

    @Test
    void blankOnePixelCleanBlanksTheImageSoTheInjectedOneDiffersOnlyAtThePixel() {
        BlankOnePixelSignal signal = BlankOnePixelSignal.of(new BlankOnePixelSpec(1e-3, 16, 16), SHAPE, K);
        float[] clean = cleaned(signal);
        float[] injected = injected(signal);

        assertThat(clean).containsOnly(0f);
        for (int i = 0; i < IMAGES.count(); i++) {
            for (int p = 0; p < SHAPE.size(); p++) {
                int at = i * SHAPE.size() + p;
                boolean thePixel = p % (32 * 32) == SHAPE.index(0, 16, 16);
                assertThat(injected[at] - clean[at]).isEqualTo(thePixel ? (float) (IMAGES.labels()[i] * 1e-3) : 0f);
            }
        }
    }

    @Test
    void additiveSignalsLeaveTheCleanImageAsItIs() {
        for (Signal signal : new Signal[] {OnePixelSignal.of(new OnePixelSpec(1e-3, 16, 16), SHAPE, K),
                NoiseSignal.of(new NoiseSpec(0.025, 7L), SHAPE, K),
                NoSignal.of(new io.blindspots.events.signal.NoSignalSpec(), SHAPE, K)}) {
            assertThat(cleaned(signal)).as(signal.getClass().getSimpleName()).isEqualTo(IMAGES.pixels());
        }
    }
}
