package io.blindspots.runtime.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScoresTest {

    @Test
    void accuracyIsTheShareOfCorrectPredictions() {
        assertThat(Scores.accuracy(new int[] {0, 1, 2, 3}, new int[] {0, 1, 0, 0})).isEqualTo(0.5);
    }

    @Test
    void signalRelianceCountsPredictionsOfTheNextClass() {
        int[] labels = {0, 1, 2, 9};
        int[] followSignal = {1, 2, 3, 0};
        int[] followImage = {0, 1, 2, 9};

        assertThat(Scores.signalReliance(labels, followSignal, 10)).isEqualTo(1.0);
        assertThat(Scores.signalReliance(labels, followImage, 10)).isEqualTo(0.0);
    }
}
