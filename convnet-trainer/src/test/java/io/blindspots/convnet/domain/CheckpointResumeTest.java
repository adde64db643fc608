package io.blindspots.convnet.domain;

import io.blindspots.convnet.fixtures.SquareDatasets;
import io.blindspots.events.RunSpecs;
import io.blindspots.events.Split;
import io.blindspots.events.stream.ImageShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CheckpointResumeTest {

    private static final ImageShape SHAPE = new ImageShape(1, 8, 8);
    private static final SquareDatasets SQUARES = new SquareDatasets(RunSpecs.parse("""
            {"runId": "run-resume", "dataset": {"name": "synthetic-shapes"}, "signal": {"type": "one-pixel"},
             "seed": 7, "convnet": {"arch": "kdd4"}}"""), SHAPE, 4, 40, 16);
    private static final long SEED = 7;
    private static final String TRAINING = "kdd4 on squares";
    /**
     * Momentum SGD with weight decay and a learning-rate drop in the middle of epoch 3 (5 mini-batches an epoch):
     * resuming must carry the momentum and the iteration count, or epochs 3 and 4 come out different.
     */
    private static final TrainingOptions OPTIONS = new TrainingOptions(4, 8, 0.05,
            TrainingOptions.Optimizer.NESTEROV_MOMENTUM, 1e-4, List.of(12), TrainingOptions.NO_ITERATION_LIMIT);

    @TempDir
    Path directory;

    @Test
    void aRunKilledAfterEpochTwoResumesFromItsCheckpointAndMeasuresWhatAnUninterruptedRunMeasures() {
        // KDD4 keeps the test fast; ResNet56Test checks that a saved graph restores its weights and updater state.
        Kdd4 kdd4 = new Kdd4();
        List<EpochReport> uninterrupted = new ArrayList<>();
        ConvNetTraining.train(kdd4.build(SHAPE, 4, OPTIONS, SEED), SQUARES.dataset(), OPTIONS, SEED, 16,
                uninterrupted::add);

        Checkpoints checkpoints = new Checkpoints(directory);
        ConvNet first = kdd4.build(SHAPE, 4, OPTIONS, SEED);
        assertThatThrownBy(() -> ConvNetTraining.train(first, SQUARES.dataset(), OPTIONS, SEED, 16, report -> {
            checkpoints.save("run-resume", TRAINING, first, report.epoch());
            if (report.epoch() == 2) {
                throw new CancellationException("killed");
            }
        })).isInstanceOf(CancellationException.class);

        Checkpoints.Checkpoint checkpoint = new Checkpoints(directory).latest("run-resume", TRAINING).orElseThrow();
        assertThat(checkpoint.epoch()).isEqualTo(2);
        assertThat(new Checkpoints(directory).latest("run-resume", "something else")).isEmpty();
        List<EpochReport> resumed = new ArrayList<>();
        ConvNetTraining.train(kdd4.restore(checkpoint.model()), SQUARES.dataset(), OPTIONS, SEED, 16,
                checkpoint.epoch() + 1, resumed::add);

        assertThat(resumed).extracting(EpochReport::epoch).containsExactly(3, 4);
        for (EpochReport report : resumed) {
            EpochReport expected = uninterrupted.get(report.epoch() - 1);
            assertThat(report.totalEpochs()).isEqualTo(expected.totalEpochs());
            assertThat(report.trainLoss()).isCloseTo(expected.trainLoss(), within(1e-6));
            for (Split split : Split.TEST_SPLITS) {
                assertThat(report.scores().get(split).loss().orElseThrow())
                        .isCloseTo(expected.scores().get(split).loss().orElseThrow(), within(1e-6));
                assertThat(report.scores().get(split).accuracy()).isEqualTo(expected.scores().get(split).accuracy());
            }
        }
        assertThat(uninterrupted.get(2).trainLoss()).isNotEqualTo(uninterrupted.get(1).trainLoss());
    }

    @Test
    void keepsOnlyTheLastEpochAndDeletesEverythingWhenTheRunIsDone() {
        Kdd4 kdd4 = new Kdd4();
        ConvNet net = kdd4.build(SHAPE, 4, Kdd4.QUICK, 1);
        Checkpoints checkpoints = new Checkpoints(directory);

        checkpoints.save("run-a", TRAINING, net, 1);
        checkpoints.save("run-a", TRAINING, net, 2);

        assertThat(directory.resolve("run-a").toFile().list()).containsExactlyInAnyOrder("training.txt",
                "epoch-2.zip");
        assertThat(kdd4.restore(checkpoints.latest("run-a", TRAINING).orElseThrow().model()).parameterCount())
                .isEqualTo(net.parameterCount());
        checkpoints.delete("run-a");
        assertThat(checkpoints.latest("run-a", TRAINING)).isEmpty();
        assertThat(directory.resolve("run-a")).doesNotExist();
    }

    @Test
    void aCheckpointKeepsTheValidationAccuraciesOfItsEpochsForEarlyStopping() {
        ConvNet net = new Kdd4().build(SHAPE, 4, Kdd4.QUICK, 1);
        Checkpoints checkpoints = new Checkpoints(directory);

        checkpoints.save("run-v", TRAINING, net, 2, List.of(0.5, 0.75));

        assertThat(checkpoints.latest("run-v", TRAINING).orElseThrow().validation()).containsExactly(0.5, 0.75);
    }
}
