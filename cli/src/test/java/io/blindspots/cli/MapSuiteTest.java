package io.blindspots.cli;

import io.blindspots.events.Catalog;
import io.blindspots.events.RunSpec;
import io.blindspots.events.ScaleGrid;
import io.blindspots.events.signal.SignalSpec;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MapSuiteTest {

    private static final List<String> VARIANTS = List.of(Catalog.COORDCONV, Catalog.GLOBAL_BRANCH);

    @Test
    void aRunPerSignalStrengthSeedAndVariantWithTheBaselinesOnlyBesideThePlainConvNet() {
        List<RunSpec> suite = MapSuite.specs(Catalog.SYNTHETIC_SHAPES, List.of(Catalog.ONE_PIXEL, Catalog.NOISE),
                new ScaleGrid(1e-3, 1e-1, 3), List.of(1L, 2L), Catalog.KDD4, VARIANTS, MapSuite.BASELINES, 800, 200,
                null);

        assertThat(suite).hasSize(2 * 3 * 2 * 3);
        assertThat(suite).extracting(RunSpec::runId).doesNotHaveDuplicates();
        assertThat(suite).filteredOn(s -> s.signal().type().equals(Catalog.NOISE))
                .extracting(s -> ((SignalSpec.Graded) s.signal()).strength()).containsOnly(0.001, 0.01, 0.1);
        assertThat(suite).filteredOn(s -> s.convnet().variant() == null).allSatisfy(s -> assertThat(s.models())
                .containsExactly("kdd4", "decision-tree", "logistic-regression", "gaussian-nb"));
        assertThat(suite).filteredOn(s -> s.convnet().variant() != null).extracting(s -> s.models().size())
                .containsOnly(1);
        assertThat(suite).extracting(s -> s.convnet().label()).contains("kdd4+coordconv", "kdd4+global-branch");
        assertThat(suite).allSatisfy(s -> assertThat(s.dataset().trainLimit()).isEqualTo(800));
    }

    @Test
    void randomPixelRunsOnlyTheStrengthsItsTopClassCanTake() {
        List<RunSpec> suite = MapSuite.specs(Catalog.SYNTHETIC_SHAPES, List.of(Catalog.RANDOM_PIXEL, Catalog.MEAN),
                new ScaleGrid(1e-3, 1, 4), List.of(1L), Catalog.KDD4, List.of(), MapSuite.BASELINES, 800, 200, null);

        assertThat(suite).filteredOn(s -> s.signal().type().equals(Catalog.RANDOM_PIXEL))
                .extracting(s -> ((SignalSpec.Graded) s.signal()).strength()).containsExactly(0.001, 0.01, 0.1);
        assertThat(suite).filteredOn(s -> s.signal().type().equals(Catalog.MEAN)).hasSize(4);
    }

    @Test
    void aSignalWithoutAStrengthIsRefusedNamingTheOnesThatHaveOne() {
        assertThatThrownBy(() -> MapSuite.specs(Catalog.SYNTHETIC_SHAPES, List.of(Catalog.MULTIPLE_LOCATIONS),
                new ScaleGrid(1e-3, 1e-1, 3), List.of(1L), Catalog.KDD4, List.of(), MapSuite.BASELINES, 800, 200,
                null)).hasMessageContaining("multiple-locations").hasMessageContaining("one-pixel");
    }

    @Test
    void aTextMapSweepsTheFractionOfTrainingTextsThatCarryEachTextSignalWithTheCharCnn() {
        List<RunSpec> suite = MapSuite.specs(Catalog.SYNTHETIC_TEXT, MapSuite.signals(Catalog.SYNTHETIC_TEXT),
                new ScaleGrid(1e-2, 1, 3), List.of(1L), MapSuite.arch(Catalog.SYNTHETIC_TEXT), List.of(),
                MapSuite.baselines(Catalog.SYNTHETIC_TEXT), 300, 100, null);

        assertThat(suite).hasSize(3 * 3);
        assertThat(suite).extracting(s -> s.signal().type()).containsOnly(Catalog.MNEMONIC, Catalog.LENGTH,
                Catalog.PATTERN_CHAR);
        assertThat(suite).extracting(s -> ((SignalSpec.Graded) s.signal()).strengthParameter()).containsOnly("fraction");
        assertThat(suite).filteredOn(s -> s.signal().type().equals(Catalog.MNEMONIC))
                .extracting(s -> ((SignalSpec.Graded) s.signal()).strength()).containsExactly(0.01, 0.1, 1.0);
        assertThat(suite).allSatisfy(s -> assertThat(s.models()).startsWith("char-cnn-small", "decision-tree"));
    }

    @Test
    void aSignalOfTheOtherKindOfDatasetIsRefused() {
        assertThatThrownBy(() -> MapSuite.specs(Catalog.SYNTHETIC_SHAPES, List.of(Catalog.MNEMONIC),
                new ScaleGrid(1e-3, 1e-1, 3), List.of(1L), Catalog.KDD4, List.of(), MapSuite.BASELINES, 800, 200,
                null)).hasMessageContaining("mnemonic").hasMessageContaining("synthetic-shapes");
        assertThatThrownBy(() -> MapSuite.specs(Catalog.SYNTHETIC_TEXT, List.of(Catalog.ONE_PIXEL),
                new ScaleGrid(1e-3, 1e-1, 3), List.of(1L), Catalog.CHAR_CNN_SMALL, List.of(), MapSuite.BASELINES,
                800, 200, null)).hasMessageContaining("one-pixel").hasMessageContaining("synthetic-text");
    }
}
