package io.blindspots.convnet.domain;

import io.blindspots.events.MetricEvent;
import io.blindspots.events.MetricNames;
import io.blindspots.events.Split;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class EpochMetricsTest {

    @Test
    void anEpochBecomesAccuracyAndLossPerTestSplitRelianceOnConflictTrainLossAndBothThroughputs() {
        EpochReport report = new EpochReport(2, 3, 0.5, 400, 1500.0, Map.of(
                Split.CLEAN, new SplitScores(0.1, 2.3, null),
                Split.SIGNAL, new SplitScores(0.99, 0.05, null),
                Split.CONFLICT, new SplitScores(0.02, 4.0, 0.97)));

        List<MetricEvent> events = EpochMetrics.events("run-1", "kdd4", report, 1234);

        assertThat(events).extracting(MetricEvent::split, MetricEvent::name, MetricEvent::value).containsExactly(
                tuple(Split.CLEAN, MetricNames.ACCURACY, 0.1),
                tuple(Split.CLEAN, MetricNames.LOSS, 2.3),
                tuple(Split.SIGNAL, MetricNames.ACCURACY, 0.99),
                tuple(Split.SIGNAL, MetricNames.LOSS, 0.05),
                tuple(Split.CONFLICT, MetricNames.ACCURACY, 0.02),
                tuple(Split.CONFLICT, MetricNames.LOSS, 4.0),
                tuple(Split.CONFLICT, MetricNames.SIGNAL_RELIANCE, 0.97),
                tuple(Split.TRAIN, MetricNames.LOSS, 0.5),
                tuple(null, MetricNames.IMAGES_PER_SECOND, 400.0),
                tuple(null, EpochMetrics.INFERENCE_IMAGES_PER_SECOND, 1500.0));
        assertThat(events).allSatisfy(e -> {
            assertThat(e.runId()).isEqualTo("run-1");
            assertThat(e.model()).isEqualTo("kdd4");
            assertThat(e.epoch()).isEqualTo(2);
            assertThat(e.totalEpochs()).isEqualTo(3);
            assertThat(e.timestamp()).isEqualTo(1234);
        });
    }

    @Test
    void splitsTheRunDoesNotHaveAreLeftOut() {
        EpochReport report = new EpochReport(1, 1, 0.5, 400, null, Map.of(Split.SIGNAL, new SplitScores(0.9, 0.1, null)));

        assertThat(EpochMetrics.events("run-1", "kdd4", report, 0))
                .extracting(MetricEvent::split).containsExactly(Split.SIGNAL, Split.SIGNAL, Split.TRAIN, null);
    }
}
