package io.blindspots.cli;

import io.blindspots.events.Catalog;
import io.blindspots.events.RunSpec;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DefaultSuiteTest {

    @Test
    void coversEverySignalWithTheConvNetAndTheSuiteBaselinesUnderStableIds() {
        List<RunSpec> suite = DefaultSuite.specs(5000, 1000, null, 1);

        assertThat(suite).extracting(s -> s.signal().type()).containsExactlyElementsOf(Catalog.IMAGE_SIGNALS).hasSize(8);
        assertThat(suite).allSatisfy(s -> assertThat(s.models())
                .containsExactly("kdd4", "decision-tree", "gaussian-nb", "logistic-regression", "qda", "perceptron",
                        "shallow-max-nn"));
        assertThat(DefaultSuite.specs(5000, 1000, null, 1)).extracting(RunSpec::runId)
                .isEqualTo(suite.stream().map(RunSpec::runId).toList());
    }

    @Test
    void readerRunsFitOneBaselineOnEveryTrainingImageWithoutAConvNet() {
        List<RunSpec> readers = DefaultSuite.readers(Catalog.IMAGE_SIGNALS, 500, 1);

        assertThat(readers).extracting(s -> s.signal().type() + ":" + String.join(",", s.models()) + "@"
                        + s.dataset().trainLimit())
                .containsExactly("random-pixel:shallow-max-nn@3000", "multiple-locations:qda@34000", "mean:qda@34000");
        assertThat(readers).allSatisfy(s -> {
            assertThat(s.convnet()).isNull();
            assertThat(s.baselineFraction()).isEqualTo(1.0);
            assertThat(s.dataset().testLimit()).isEqualTo(500);
        });
        assertThat(readers).extracting(RunSpec::runId).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(DefaultSuite.specs(3000, 500, null, 1).stream().map(RunSpec::runId)
                        .toList());
        assertThat(DefaultSuite.readers(List.of("none", "one-pixel", "mean"), 500, 1))
                .extracting(s -> s.signal().type()).containsExactly("mean");
    }

    @Test
    void theTextSuiteCoversEveryTextSignalWithTheSmallCharCnnAndTheFourTextBaselines() {
        List<RunSpec> suite = DefaultSuite.textSpecs(2000, 500, null, 1);

        assertThat(suite).extracting(s -> s.signal().type())
                .containsExactly("none", "mnemonic", "length", "pattern-char");
        assertThat(suite).allSatisfy(s -> {
            assertThat(s.dataset().name()).isEqualTo("synthetic-text");
            assertThat(s.models()).containsExactly("char-cnn-small", "decision-tree", "logistic-regression",
                    "random-forest", "gaussian-nb");
            assertThat(s.convnet().preset()).isEqualTo("quick");
        });
    }
}
