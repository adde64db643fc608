package io.blindspots.encoder.domain;

import io.blindspots.events.RunSpec;
import io.blindspots.events.RunSpecs;
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
                .extracting(c -> c.signal().scale()).containsOnly(0.001, 0.01);
        assertThat(children).extracting(RunSpec::seed).containsOnly(1L, 2L, 3L);
    }

    @Test
    void childIdsAreStableAcrossResends() {
        assertThat(SweepExpansion.expand(RunSpecs.parse(SWEEP)).stream().map(RunSpec::runId).toList())
                .isEqualTo(SweepExpansion.expand(RunSpecs.parse(SWEEP)).stream().map(RunSpec::runId).toList());
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
}
