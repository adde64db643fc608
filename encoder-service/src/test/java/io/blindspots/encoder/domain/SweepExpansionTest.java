package io.blindspots.encoder.domain;

import io.blindspots.events.RunSpec;
import io.blindspots.events.RunSpecs;
import io.blindspots.events.signal.SignalSpec;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SweepExpansionTest {

    private static final String SWEEP = """
            {"dataset": {"name": "synthetic-shapes"},
             "signals": [{"type": "none"}, {"type": "one-pixel"}, {"type": "noise"}],
             "scales": [0.001, 0.01], "seeds": [1, 2, 3], "baselines": ["decision-tree"]}""";

    @Test
    void expandsSignalsTimesApplicableScalesTimesSeedsUnderTheParent() {
        RunSpec parent = RunSpecs.parse(SWEEP);

        List<RunSpec> children = SweepExpansion.expand(parent);

        // none: 3 seeds; one-pixel: 2 scales x 3 seeds; noise: 3 seeds
        assertThat(children).hasSize(12);
        assertThat(children).allSatisfy(c -> {
            assertThat(c.parentId()).isEqualTo(parent.runId());
            assertThat(c.isSweep()).isFalse();
            assertThat(c.runId()).isNotEqualTo(parent.runId());
        });
        assertThat(children).extracting(RunSpec::runId).doesNotHaveDuplicates();
        assertThat(children).filteredOn(c -> c.signal().type().equals("one-pixel"))
                .extracting(c -> ((SignalSpec.Scaled) c.signal()).scale()).containsOnly(0.001, 0.01);
        assertThat(children).extracting(RunSpec::seed).containsOnly(1L, 2L, 3L);
    }

    @Test
    void childIdsAreStableAcrossResends() {
        assertThat(SweepExpansion.expand(RunSpecs.parse(SWEEP)).stream().map(RunSpec::runId).toList())
                .isEqualTo(SweepExpansion.expand(RunSpecs.parse(SWEEP)).stream().map(RunSpec::runId).toList());
    }

    @Test
    void childIdsOfAnExistingSweepAreUnchanged() {
        // computed before signals became one record per type: a re-sent sweep must find its children again
        assertThat(SweepExpansion.expand(RunSpecs.parse(SWEEP))).extracting(RunSpec::runId).containsExactly(
                "run-f383ed80dc703dc5", "run-438b4427d388a2cf", "run-55350a639e33d955", "run-6fda2c5cbe97baa1",
                "run-f4c4f19d726ea035", "run-3625c17ed99dc049", "run-4065eb5f9da704ae", "run-870ec8087f976c2a",
                "run-28dc326115db1be6", "run-372304a28022a086", "run-517a0bb4ef01577b", "run-9f005e6b6ad3d91a");
    }

    @Test
    void plainSpecIsItsOwnOnlyRun() {
        RunSpec plain = RunSpecs.parse("""
                {"dataset": {"name": "synthetic-shapes"}, "signal": {"type": "mean"}, "baselines": ["gaussian-nb"]}""");

        assertThat(SweepExpansion.expand(plain)).containsExactly(plain);
    }

    @Test
    void specWithBothSignalAndSignalsIsRejected() {
        assertThatThrownBy(() -> RunSpecs.parse(SWEEP.replace("\"signals\"", "\"signal\": {\"type\": \"none\"}, \"signals\"")))
                .hasMessageContaining("signals");
    }

    @Test
    void rmsSetsTheStrengthOfTheNoiseSignalsAndScalesThatOfThePixelSignals() {
        RunSpec parent = RunSpecs.parse(SWEEP.replace("\"seeds\": [1, 2, 3]",
                "\"rms\": {\"from\": 0.001, \"to\": 0.1, \"steps\": 3}"));

        List<RunSpec> children = SweepExpansion.expand(parent);

        // none: 1; one-pixel: 2 scales; noise: 3 rms values
        assertThat(children).hasSize(6);
        assertThat(children).filteredOn(c -> c.signal().type().equals("noise"))
                .extracting(c -> ((SignalSpec.Graded) c.signal()).strength()).containsExactly(0.001, 0.01, 0.1);
        assertThat(children).filteredOn(c -> c.signal().type().equals("one-pixel"))
                .extracting(c -> ((SignalSpec.Graded) c.signal()).strength()).containsExactly(0.001, 0.01);
    }

    @Test
    void fractionsSetTheShareOfTrainingTextsThatCarryEachTextSignal() {
        RunSpec parent = RunSpecs.parse("""
                {"dataset": {"name": "synthetic-text"},
                 "signals": [{"type": "none"}, {"type": "mnemonic"}, {"type": "pattern-char"}],
                 "fractions": {"from": 0.01, "to": 1, "steps": 3}, "baselines": ["decision-tree"]}""");

        List<RunSpec> children = SweepExpansion.expand(parent);

        // none: 1; mnemonic and pattern-char: 3 fractions each
        assertThat(children).hasSize(7);
        assertThat(children).filteredOn(c -> c.signal().type().equals("mnemonic"))
                .extracting(c -> ((SignalSpec.Graded) c.signal()).strength()).containsExactly(0.01, 0.1, 1.0);
        assertThat(children).filteredOn(c -> c.signal().type().equals("pattern-char"))
                .extracting(c -> ((SignalSpec.Prevalent) c.signal()).fraction()).containsExactly(0.01, 0.1, null);
    }
}
