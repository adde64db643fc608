package io.blindspots.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrengthSweepTest {

    private static final String SWEEP = """
            {"dataset": {"name": "synthetic-shapes"},
             "signals": [{"type": "one-pixel"}, {"type": "noise"}],
             %s,
             "convnet": {"arch": "kdd4"}}
            """;

    @Test
    void aLogGridRunsFromItsFirstToItsLastStrengthInEqualRatios() {
        List<Double> values = new ScaleGrid(1e-4, 1e-1, 7).values();

        assertThat(values).containsExactly(1e-4, 3.16e-4, 1e-3, 3.16e-3, 1e-2, 3.16e-2, 1e-1);
    }

    @Test
    void aGridInTheSpecReadsAsTheListItExpandsToWithTheSameRunId() {
        RunSpec grid = RunSpecs.parse(SWEEP.formatted(
                "\"scales\": {\"from\": 0.001, \"to\": 0.1, \"steps\": 3}, \"rms\": {\"from\": 0.01, \"to\": 1,"
                        + " \"steps\": 3}"));
        RunSpec list = RunSpecs.parse(SWEEP.formatted("\"scales\": [0.001, 0.01, 0.1], \"rms\": [0.01, 0.1, 1]"));

        assertThat(grid.scales()).containsExactly(0.001, 0.01, 0.1);
        assertThat(grid.rms()).containsExactly(0.01, 0.1, 1.0);
        assertThat(grid.runId()).isEqualTo(list.runId());
        assertThat(grid.isSweep()).isTrue();
    }

    @Test
    void aTextSweepTakesFractionsAsAListOrAGridAndOnlyTextSignalsHaveAFraction() {
        String text = """
                {"dataset": {"name": "synthetic-text"}, "signals": [{"type": "mnemonic"}, {"type": "length"}],
                 %s, "baselines": ["decision-tree"]}""";
        RunSpec grid = RunSpecs.parse(text.formatted("\"fractions\": {\"from\": 0.01, \"to\": 1, \"steps\": 3}"));

        assertThat(grid.fractions()).containsExactly(0.01, 0.1, 1.0);
        assertThat(grid.runId()).isEqualTo(RunSpecs.parse(text.formatted("\"fractions\": [0.01, 0.1, 1]")).runId());
        assertThatThrownBy(() -> RunSpecs.parse(text.formatted("\"fractions\": [0]")))
                .isInstanceOf(InvalidSpecException.class).hasMessageContaining("fractions");
        assertThatThrownBy(() -> RunSpecs.parse("""
                {"dataset": {"name": "synthetic-shapes"}, "signal": {"type": "one-pixel", "fraction": 0.5},
                 "baselines": ["decision-tree"]}"""))
                .isInstanceOf(InvalidSpecException.class).hasMessageContaining("property 'fraction'");
    }

    @Test
    void aGridThatIsEmptyBackwardsOrTooFineIsRejectedNamingItsField() {
        assertThatThrownBy(() -> RunSpecs.parse(SWEEP.formatted(
                "\"scales\": {\"from\": 0.1, \"to\": 0.01, \"steps\": 3}")))
                .isInstanceOf(InvalidSpecException.class).hasMessageContaining("scales.to");
        assertThatThrownBy(() -> RunSpecs.parse(SWEEP.formatted(
                "\"rms\": {\"from\": 0.001, \"to\": 0.1, \"steps\": 1}")))
                .isInstanceOf(InvalidSpecException.class).hasMessageContaining("rms");
        assertThatThrownBy(() -> RunSpecs.parse(SWEEP.formatted(
                "\"scales\": {\"from\": 0.001, \"to\": 0.1, \"steps\": 3, \"base\": 2}")))
                .isInstanceOf(InvalidSpecException.class).hasMessageContaining("scales");
    }

    @Test
    void aVariantIsItsOwnModelColumnAndOnlyForImageConvNets() {
        RunSpec spec = RunSpecs.parse(SWEEP.formatted("\"seeds\": [1]")
                .replace("{\"arch\": \"kdd4\"}", "{\"arch\": \"kdd4\", \"variant\": \"coordconv\"}"));

        assertThat(spec.models()).containsExactly("kdd4+coordconv");
        assertThat(spec.runId()).isNotEqualTo(RunSpecs.parse(SWEEP.formatted("\"seeds\": [1]")).runId());
        assertThatThrownBy(() -> RunSpecs.parse(SWEEP.formatted("\"seeds\": [1]")
                .replace("{\"arch\": \"kdd4\"}", "{\"arch\": \"char-cnn-small\", \"variant\": \"no-pooling\"}")))
                .isInstanceOf(InvalidSpecException.class).hasMessageContaining("convnet.variant")
                .hasMessageContaining("kdd4");
        assertThatThrownBy(() -> RunSpecs.parse(SWEEP.formatted("\"seeds\": [1]")
                .replace("{\"arch\": \"kdd4\"}", "{\"arch\": \"kdd4\", \"variant\": \"wider\"}")))
                .isInstanceOf(InvalidSpecException.class).hasMessageContaining("convnet.variant");
    }

    @Test
    void allConvIsKdd4sOnlyForResnet56HasNoMaxPoolsToReplace() {
        assertThat(RunSpecs.parse(SWEEP.formatted("\"seeds\": [1]")
                .replace("{\"arch\": \"kdd4\"}", "{\"arch\": \"kdd4\", \"variant\": \"all-conv\"}")).models())
                .containsExactly("kdd4+all-conv");
        assertThatThrownBy(() -> RunSpecs.parse(SWEEP.formatted("\"seeds\": [1]")
                .replace("{\"arch\": \"kdd4\"}", "{\"arch\": \"resnet56\", \"variant\": \"all-conv\"}")))
                .isInstanceOf(InvalidSpecException.class).hasMessageContaining("convnet.variant")
                .hasMessageContaining("has no max-pools");
    }
}
