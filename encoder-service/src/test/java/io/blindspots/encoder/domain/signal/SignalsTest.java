package io.blindspots.encoder.domain.signal;

import io.blindspots.encoder.domain.dataset.SyntheticShapes;
import io.blindspots.events.Catalog;
import io.blindspots.events.InvalidSpecException;
import io.blindspots.events.signal.MultipleLocationsSpec;
import io.blindspots.events.signal.NoiseSpec;
import io.blindspots.events.signal.PatternPixelsSpec;
import io.blindspots.events.signal.RandomPixelSpec;
import io.blindspots.events.signal.SignalSpec;
import io.blindspots.events.stream.ImageShape;
import io.blindspots.events.stream.SequenceShape;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignalsTest {

    private static final ImageShape SHAPE = SyntheticShapes.SHAPE;

    @Test
    void buildsForEachSpecRecordTheSignalClassOfTheSameName() {
        for (String type : Catalog.SIGNALS) {
            SignalSpec spec = SignalSpec.of(type).withDefaults(1);

            Signal signal = Signals.create(spec, "synthetic-shapes", SHAPE, 10);

            // OnePixelSpec -> OnePixelSignal, NoSignalSpec -> NoSignal
            assertThat(signal.getClass().getSimpleName()).as(type)
                    .isEqualTo(spec.getClass().getSimpleName().replaceFirst("(Signal)?Spec$", "Signal"));
        }
    }

    @Test
    void rejectsADatasetWhoseSamplesAreNotImagesNamingTheSignalAndTheDataset() {
        SequenceShape text = new SequenceShape(1014, "abcdefghijklmnopqrstuvwxyz");

        for (String type : Catalog.SIGNALS) {
            assertThatThrownBy(() -> Signals.create(SignalSpec.of(type).withDefaults(1), "ag-news", text, 4))
                    .as(type).isInstanceOf(InvalidSpecException.class)
                    .hasMessageContaining("'" + type + "'").hasMessageContaining("'ag-news'")
                    .hasMessageContaining("sequence").hasMessageContaining("allowed: a dataset of image samples")
                    .extracting(e -> ((InvalidSpecException) e).field()).isEqualTo("signal.type");
        }
    }

    @Test
    void rejectsParametersThatDoNotFitTheImageNamingTheField() {
        ImageShape tiny = new ImageShape(1, 4, 4);

        assertThatThrownBy(() -> Signals.create(new PatternPixelsSpec(1e-3, 2), "tiny", tiny, 10))
                .hasMessageContaining("signal.inset").hasMessageContaining("[0, 1]");
        assertThatThrownBy(() -> Signals.create(new RandomPixelSpec(0.2), "tiny", tiny, 10))
                .hasMessageContaining("signal.scale").hasMessageContaining("scale <= 0.1");
        assertThatThrownBy(() -> Signals.create(new MultipleLocationsSpec(16.0, 1L), "tiny", tiny, 2))
                .hasMessageContaining("signal.minDistance").hasMessageContaining("[1, 3.0]");
        assertThatThrownBy(() -> Signals.create(new MultipleLocationsSpec(1.0, 1L), "tiny", tiny, 10))
                .hasMessageContaining("20 distinct pixels");
        assertThatThrownBy(() -> Signals.create(new NoiseSpec(0.025, 1L), "tiny", tiny, 17))
                .hasMessageContaining("17 orthonormal directions").isInstanceOf(InvalidSpecException.class);
    }
}
