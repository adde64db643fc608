package io.blindspots.encoder.domain.signal;

import io.blindspots.encoder.domain.dataset.SyntheticShapes;
import io.blindspots.events.Catalog;
import io.blindspots.events.InvalidSpecException;
import io.blindspots.events.signal.MultipleLocationsSpec;
import io.blindspots.events.signal.NoiseSpec;
import io.blindspots.events.signal.PatternPixelsSpec;
import io.blindspots.events.signal.RandomPixelSpec;
import io.blindspots.encoder.domain.text.ZhangEncoding;
import io.blindspots.events.signal.LengthSpec;
import io.blindspots.events.signal.MnemonicSpec;
import io.blindspots.events.signal.NoSignalSpec;
import io.blindspots.events.signal.PatternCharSpec;
import io.blindspots.events.signal.SignalSpec;
import io.blindspots.events.stream.ImageShape;
import io.blindspots.events.stream.SequenceShape;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignalsTest {

    private static final ImageShape SHAPE = SyntheticShapes.SHAPE;

    @Test
    void buildsForEachSpecRecordTheSignalClassOfTheSameName() {
        for (String type : Catalog.SIGNALS) {
            SignalSpec spec = SignalSpec.of(type).withDefaults(1);

            Signal signal = Catalog.IMAGE_SIGNALS.contains(type) ? Signals.create(spec, "synthetic-shapes", SHAPE, 10)
                    : Signals.create(spec, "synthetic-text", ZhangEncoding.SHAPE, 5);

            // OnePixelSpec -> OnePixelSignal, NoSignalSpec -> NoSignal
            assertThat(signal.getClass().getSimpleName()).as(type)
                    .isEqualTo(spec.getClass().getSimpleName().replaceFirst("(Signal)?Spec$", "Signal"));
        }
    }

    @Test
    void rejectsADatasetWhoseSamplesAreNotImagesNamingTheSignalAndTheDataset() {
        SequenceShape text = new SequenceShape(1014, "abcdefghijklmnopqrstuvwxyz");

        for (String type : Catalog.IMAGE_SIGNALS.subList(1, Catalog.IMAGE_SIGNALS.size())) {
            assertThatThrownBy(() -> Signals.create(SignalSpec.of(type).withDefaults(1), "ag-news", text, 4))
                    .as(type).isInstanceOf(InvalidSpecException.class)
                    .hasMessageContaining("'" + type + "'").hasMessageContaining("'ag-news'")
                    .hasMessageContaining("sequence").hasMessageContaining("allowed: a dataset of image samples")
                    .extracting(e -> ((InvalidSpecException) e).field()).isEqualTo("signal.type");
        }
    }

    @Test
    void rejectsAnImageDatasetForATextSignalNamingTheSignalAndTheDataset() {
        for (String type : Catalog.TEXT_SIGNALS.subList(1, Catalog.TEXT_SIGNALS.size())) {
            assertThatThrownBy(() -> Signals.create(SignalSpec.of(type).withDefaults(1), "cifar10", SHAPE, 10))
                    .as(type).isInstanceOf(InvalidSpecException.class)
                    .hasMessageContaining("'" + type + "' is a text signal").hasMessageContaining("'cifar10'")
                    .hasMessageContaining("allowed: a dataset of sequence samples");
        }
    }

    @Test
    void noneFitsImagesAndTexts() {
        assertThat(Signals.create(new NoSignalSpec(), "synthetic-text", ZhangEncoding.SHAPE, 5))
                .isInstanceOf(NoSignal.class);
    }

    @Test
    void rejectsTextParametersThatDoNotFitTheSequenceNamingTheField() {
        SequenceShape text = ZhangEncoding.SHAPE;
        assertThatThrownBy(() -> Signals.create(new MnemonicSpec(1014, null).withDefaults(1), "t", text, 5))
                .hasMessageContaining("signal.position").hasMessageContaining("[0, 1013]");
        assertThatThrownBy(() -> Signals.create(new MnemonicSpec(0, "abc"), "t", text, 5))
                .hasMessageContaining("signal.characters").hasMessageContaining("at least one per class");
        assertThatThrownBy(() -> Signals.create(new MnemonicSpec(0, "abcdE"), "t", text, 5))
                .hasMessageContaining("signal.characters").hasMessageContaining("'E' (class 4)");
        assertThatThrownBy(() -> Signals.create(new LengthSpec(900, 50), "t", text, 5))
                .hasMessageContaining("signal.step").hasMessageContaining("1100");
        assertThatThrownBy(() -> Signals.create(new PatternCharSpec(List.of(1, 2), 0), "t", text, 5))
                .hasMessageContaining("signal.positions").hasMessageContaining("at least 3 positions");
        assertThatThrownBy(() -> Signals.create(new PatternCharSpec(List.of(1, 2, 2000), 0), "t", text, 5))
                .hasMessageContaining("signal.positions").hasMessageContaining("position 2000");
        assertThatThrownBy(() -> Signals.create(new PatternCharSpec(null, 71).withDefaults(1), "t", text, 5))
                .hasMessageContaining("signal.code").hasMessageContaining("[0, 70]");
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
