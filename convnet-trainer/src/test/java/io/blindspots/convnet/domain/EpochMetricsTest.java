package io.blindspots.convnet.domain;

import io.blindspots.events.MetricEvent;
import io.blindspots.events.MetricNames;
import io.blindspots.events.Split;
import io.blindspots.runtime.domain.RecordingReporter;
import io.blindspots.runtime.domain.SplitScores;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.OptionalDouble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class EpochMetricsTest {

    @Test
    void anEpochBecomesAccuracyAndLossPerTestSplitRelianceOnConflictTrainLossAndBothThroughputs() {
        EpochReport report = new EpochReport(2, 3, 0.5, 400, 1500.0, Map.of(
                Split.CLEAN, scores(Split.CLEAN, 0.1, 2.3, null),
                Split.SIGNAL, scores(Split.SIGNAL, 0.99, 0.05, null),
                Split.CONFLICT, scores(Split.CONFLICT, 0.02, 4.0, 0.97)));
        RecordingReporter reporter = new RecordingReporter("run-1");

        EpochMetrics.report(reporter, "kdd4", report);

        assertThat(reporter.metrics()).extracting(MetricEvent::split, MetricEvent::name, MetricEvent::value)
                .containsExactly(
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
        assertThat(reporter.metrics()).allSatisfy(e -> {
            assertThat(e.runId()).isEqualTo("run-1");
            assertThat(e.model()).isEqualTo("kdd4");
            assertThat(e.epoch()).isEqualTo(2);
            assertThat(e.totalEpochs()).isEqualTo(3);
        });
    }

    @Test
    void splitsTheRunDoesNotHaveAreLeftOut() {
        EpochReport report = new EpochReport(1, 1, 0.5, 400, null,
                Map.of(Split.SIGNAL, scores(Split.SIGNAL, 0.9, 0.1, null)));
        RecordingReporter reporter = new RecordingReporter("run-1");

        EpochMetrics.report(reporter, "kdd4", report);

        assertThat(reporter.metrics()).extracting(MetricEvent::split)
                .containsExactly(Split.SIGNAL, Split.SIGNAL, Split.TRAIN, null);
    }

    private static SplitScores scores(Split split, double accuracy, double loss, Double reliance) {
        return new SplitScores(split, accuracy, OptionalDouble.of(loss),
                reliance == null ? OptionalDouble.empty() : OptionalDouble.of(reliance));
    }
}
