package io.blindspots.runtime.domain;

import io.blindspots.events.Split;
import org.junit.jupiter.api.Test;

import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;

class SplitScoresTest {

    private static final int[] LABELS = {0, 1, 2, 3};
    /** Right, names the next class, names the next class, wrong otherwise. */
    private static final int[] PREDICTIONS = {0, 2, 3, 1};

    @Test
    void cleanSplitCarriesTheChanceRelianceAndConflictTheSignalReliance() {
        SplitScores clean = SplitScores.of(Split.CLEAN, LABELS, PREDICTIONS, 4, OptionalDouble.empty());
        SplitScores conflict = SplitScores.of(Split.CONFLICT, LABELS, PREDICTIONS, 4, OptionalDouble.empty());
        SplitScores signal = SplitScores.of(Split.SIGNAL, LABELS, PREDICTIONS, 4, OptionalDouble.empty());

        assertThat(clean.chanceReliance()).hasValue(0.5);
        assertThat(clean.signalReliance()).isEmpty();
        assertThat(conflict.signalReliance()).hasValue(0.5);
        assertThat(conflict.chanceReliance()).isEmpty();
        assertThat(signal.signalReliance()).isEmpty();
        assertThat(signal.chanceReliance()).isEmpty();
    }
}
