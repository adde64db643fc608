package io.blindspots.encoder.domain.signal;

import io.blindspots.encoder.domain.LabeledImages;
import io.blindspots.encoder.domain.dataset.SyntheticShapes;
import io.blindspots.events.InvalidSpecException;
import io.blindspots.events.signal.OnePixelSpec;
import io.blindspots.events.signal.SignalSpec;
import io.blindspots.events.stream.ImageShape;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OnePixelSignalTest {

    private static final ImageShape SHAPE = SyntheticShapes.SHAPE;
    private final LabeledImages images = (LabeledImages) SyntheticShapes.load(200, 1, 3).train();

    @Test
    void oracleReadingOnlyThatPixelDecodesEveryLabel() {
        Signal signal = Signals.create(SignalSpec.of("one-pixel").withDefaults(1), "synthetic-shapes", SHAPE, 10);
        float[] pixels = images.pixels().clone();

        for (int i = 0; i < images.count(); i++) {
            signal.inject(pixels, i * SHAPE.size(), images.labels()[i], new SplittableRandom(i));
        }

        for (int i = 0; i < images.count(); i++) {
            for (int c = 0; c < SHAPE.channels(); c++) {
                float value = pixels[i * SHAPE.size() + SHAPE.index(c, 16, 16)];
                assertThat((int) Math.round(value / 1e-3)).isEqualTo(images.labels()[i]);
            }
        }
    }

    @Test
    void everyOtherPixelIsUntouched() {
        Signal signal = OnePixelSignal.of(new OnePixelSpec(0.01, 3, 29), SHAPE, 10);
        float[] pixels = images.pixels().clone();

        signal.inject(pixels, 0, 7, new SplittableRandom(1));

        for (int c = 0; c < SHAPE.channels(); c++) {
            for (int y = 0; y < SHAPE.height(); y++) {
                for (int x = 0; x < SHAPE.width(); x++) {
                    int at = SHAPE.index(c, y, x);
                    if (y == 3 && x == 29) {
                        assertThat(pixels[at]).isEqualTo(0.07f);
                    } else {
                        assertThat(pixels[at]).as("pixel c%d (%d, %d)", c, y, x).isEqualTo(images.pixels()[at]);
                    }
                }
            }
        }
    }

    @Test
    void rejectsPixelOutsideTheImageNamingTheAllowedRange() {
        assertThatThrownBy(() -> OnePixelSignal.of(new OnePixelSpec(1e-3, 32, 0), SHAPE, 10))
                .isInstanceOf(InvalidSpecException.class)
                .hasMessageContaining("row in [0, 31]")
                .extracting(e -> ((InvalidSpecException) e).field()).isEqualTo("signal.row");
    }
}
