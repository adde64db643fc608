package io.blindspots.convnet.domain;

import io.blindspots.convnet.fixtures.SquareDatasets;
import io.blindspots.events.Catalog;
import io.blindspots.events.RunSpecs;
import io.blindspots.events.Split;
import io.blindspots.events.stream.ImageShape;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConvNetTrainingTest {

    private static final SquareDatasets SQUARES = new SquareDatasets(RunSpecs.parse("""
            {"runId": "run-squares", "dataset": {"name": "synthetic-shapes"}, "signal": {"type": "one-pixel"},
             "seed": 3, "convnet": {"arch": "kdd4", "epochs": 2}}"""), new ImageShape(3, 16, 16), 4, 256, 64);

    @Test
    void kdd4LearnsTheSquareAndFollowsItOnTheConflictSplit() {
        ConvNet net = new Kdd4().build(new ImageShape(3, 16, 16), 4, Kdd4.QUICK, 3);
        List<EpochReport> reports = new ArrayList<>();

        ConvNetTraining.train(net, SQUARES.dataset(), new TrainingOptions(2, 32, 1e-3, TrainingOptions.Optimizer.ADAM),
                3, 50, reports::add);

        assertThat(reports).extracting(EpochReport::epoch).containsExactly(1, 2);
        assertThat(reports).allSatisfy(r -> {
            assertThat(r.totalEpochs()).isEqualTo(2);
            assertThat(r.scores()).containsOnlyKeys(Split.TEST_SPLITS);
            assertThat(r.imagesPerSecond()).isPositive();
        });
        EpochReport last = reports.getLast();
        assertThat(last.trainLoss()).isLessThan(reports.getFirst().trainLoss());
        assertThat(last.scores().get(Split.SIGNAL).accuracy()).isGreaterThan(0.9);
        assertThat(last.scores().get(Split.CONFLICT).signalReliance().orElseThrow()).isGreaterThan(0.9);
        assertThat(last.scores().get(Split.CLEAN).accuracy()).isLessThan(0.6);
    }

    @Test
    void stopsBetweenMiniBatchesWhenItsThreadIsInterrupted() {
        ConvNet net = new Kdd4().build(new ImageShape(3, 16, 16), 4, Kdd4.QUICK, 3);
        List<EpochReport> reports = new ArrayList<>();

        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> ConvNetTraining.train(net, SQUARES.dataset(), Kdd4.QUICK.overriddenBy(
                    new io.blindspots.events.ConvNetSpec(Catalog.KDD4, null, 1, null, null)), 3, 50, reports::add))
                    .isInstanceOf(CancellationException.class);
        } finally {
            Thread.interrupted();
        }
        assertThat(reports).isEmpty();
    }
}
