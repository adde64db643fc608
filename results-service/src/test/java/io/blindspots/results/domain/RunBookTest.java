package io.blindspots.results.domain;

import io.blindspots.events.MetricEvent;
import io.blindspots.events.RunEvent;
import io.blindspots.events.RunSpec;
import io.blindspots.events.RunSpecs;
import io.blindspots.events.Split;
import io.blindspots.events.views.ModelStatus;
import io.blindspots.events.views.ModelView;
import io.blindspots.events.views.RunStatus;
import io.blindspots.events.views.RunView;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunBookTest {

    static RunSpec spec(String signal, long seed) {
        return RunSpecs.parse("""
                {"dataset": {"name": "synthetic-shapes"}, "signal": {"type": "%s"}, "seed": %d,
                 "convnet": {"arch": "kdd4"}, "baselines": ["decision-tree", "gaussian-nb"]}""".formatted(signal, seed));
    }

    static RunEvent event(RunSpec spec, RunEvent.Type type, String model, String message) {
        return event(spec, type, model, message, 1);
    }

    static RunEvent event(RunSpec spec, RunEvent.Type type, String model, String message, long timestamp) {
        return new RunEvent(spec.runId(), type, "test", model, timestamp, message,
                type == RunEvent.Type.ACCEPTED ? spec : null, null);
    }

    static MetricEvent metric(RunSpec spec, String model, int epoch, Split split, String name, double value) {
        return metric(spec, model, epoch, split, name, value, 2);
    }

    static MetricEvent metric(RunSpec spec, String model, int epoch, Split split, String name, double value,
                              long timestamp) {
        return new MetricEvent(spec.runId(), model, epoch, model.equals("kdd4") ? 3 : 1, split, name, value,
                timestamp);
    }

    private final RunSpec spec = spec("one-pixel", 1);
    private final RunBook book = new RunBook();

    @Test
    void runMovesFromEncodingToTrainingToFinishedWhenEveryModelHasEnded() {
        book.apply(event(spec, RunEvent.Type.ACCEPTED, null, null));
        assertThat(book.run(spec.runId()).orElseThrow().status()).isEqualTo(RunStatus.ENCODING);

        book.apply(event(spec, RunEvent.Type.ENCODED, null, "done"));
        assertThat(book.run(spec.runId()).orElseThrow().status()).isEqualTo(RunStatus.TRAINING);

        for (String model : spec.models()) {
            book.apply(event(spec, RunEvent.Type.MODEL_FINISHED, model, null));
        }
        assertThat(book.run(spec.runId()).orElseThrow().status()).isEqualTo(RunStatus.FINISHED);
    }

    @Test
    void failedModelStillLetsTheRunFinishWithAFailedCell() {
        book.apply(event(spec, RunEvent.Type.ACCEPTED, null, null));
        book.apply(event(spec, RunEvent.Type.MODEL_FINISHED, "kdd4", null));
        book.apply(event(spec, RunEvent.Type.MODEL_FINISHED, "decision-tree", null));
        book.apply(event(spec, RunEvent.Type.MODEL_FAILED, "gaussian-nb", "singular"));
        book.apply(event(spec, RunEvent.Type.MODEL_FINISHED, "gaussian-nb", null));

        RunView run = book.run(spec.runId()).orElseThrow();
        assertThat(run.status()).isEqualTo(RunStatus.FINISHED);
        assertThat(run.models().get("gaussian-nb").status()).isEqualTo(ModelStatus.FAILED);
        assertThat(run.models().get("gaussian-nb").message()).isEqualTo("singular");
        assertThat(TableFormats.text(book.table())).contains("failed");
    }

    @Test
    void replayedEventsChangeNothing() {
        book.apply(event(spec, RunEvent.Type.ACCEPTED, null, null));
        book.apply(metric(spec, "kdd4", 1, Split.SIGNAL, "accuracy", 0.3));
        book.apply(metric(spec, "kdd4", 2, Split.SIGNAL, "accuracy", 0.4));
        book.apply(event(spec, RunEvent.Type.MODEL_FINISHED, "kdd4", null));
        RunView before = book.run(spec.runId()).orElseThrow();

        book.apply(event(spec, RunEvent.Type.ACCEPTED, null, null));
        book.apply(metric(spec, "kdd4", 1, Split.SIGNAL, "accuracy", 0.3));
        book.apply(event(spec, RunEvent.Type.MODEL_STARTED, "kdd4", null));
        book.apply(metric(spec, "kdd4", 2, Split.SIGNAL, "accuracy", 0.4));

        assertThat(book.run(spec.runId()).orElseThrow()).isEqualTo(before);
        assertThat(before.models().get("kdd4").status()).isEqualTo(ModelStatus.FINISHED);
        assertThat(before.models().get("kdd4").curves().get("signal/accuracy")).isEqualTo(Map.of(1, 0.3, 2, 0.4));
    }

    @Test
    void metricsBeforeTheSpecAreKeptAndTheSpecOrdersTheModels() {
        book.apply(metric(spec, "gaussian-nb", 1, Split.SIGNAL, "accuracy", 0.9));
        assertThat(book.run(spec.runId()).orElseThrow().status()).isEqualTo(RunStatus.PENDING);

        book.apply(event(spec, RunEvent.Type.ACCEPTED, null, null));

        RunView run = book.run(spec.runId()).orElseThrow();
        assertThat(run.models().keySet()).containsExactly("kdd4", "decision-tree", "gaussian-nb");
        assertThat(run.models().get("gaussian-nb").metrics()).containsEntry("signal/accuracy", 0.9);
        assertThat(run.dataset()).isEqualTo("synthetic-shapes");
        assertThat(run.signal()).isEqualTo("one-pixel");
    }

    @Test
    void signalIsLabelledWithItsScaleOnlyWhenTheScaleIsNotTheDefault() {
        RunSpec scaled = RunSpecs.parse("""
                {"dataset": {"name": "synthetic-shapes"}, "signal": {"type": "mean", "scale": 0.01},
                 "baselines": ["decision-tree"]}""");
        RunSpec noise = spec("noise", 1);

        book.apply(event(scaled, RunEvent.Type.ACCEPTED, null, null));
        book.apply(event(noise, RunEvent.Type.ACCEPTED, null, null));
        book.apply(event(spec, RunEvent.Type.ACCEPTED, null, null));

        assertThat(book.run(scaled.runId()).orElseThrow().signal()).isEqualTo("mean@0.01");
        assertThat(book.run(noise.runId()).orElseThrow().signal()).isEqualTo("noise");
        assertThat(book.run(spec.runId()).orElseThrow().signal()).isEqualTo("one-pixel");
    }

    @Test
    void runFailureWins() {
        book.apply(event(spec, RunEvent.Type.ACCEPTED, null, null));
        book.apply(event(spec, RunEvent.Type.RUN_FAILED, null, "checksum mismatch"));

        RunView run = book.run(spec.runId()).orElseThrow();
        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.message()).contains("checksum");
    }

    @Test
    void aModelTheSpecDoesNotNameDoesNotHoldTheRunOpen() {
        book.apply(event(spec, RunEvent.Type.ACCEPTED, null, null));
        book.apply(metric(spec, "random-forest", 1, Split.SIGNAL, "accuracy", 0.5));
        spec.models().forEach(m -> book.apply(event(spec, RunEvent.Type.MODEL_FINISHED, m, null)));

        assertThat(book.run(spec.runId()).orElseThrow().status()).isEqualTo(RunStatus.FINISHED);
    }

    @Test
    void acceptedEventWithoutItsSpecIsRejectedAndLeavesTheBookAsItWas() {
        RunEvent broken = new RunEvent(spec.runId(), RunEvent.Type.ACCEPTED, "test", null, 1, null, null, null);

        assertThatThrownBy(() -> book.apply(broken)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("spec");
        assertThat(book.runs()).isEmpty();
    }

    @Test
    void runsAreListedNewestFirst() {
        RunSpec older = spec("none", 1);
        RunSpec newer = spec("none", 2);
        book.apply(event(newer, RunEvent.Type.ACCEPTED, null, null, 200));
        book.apply(event(older, RunEvent.Type.ACCEPTED, null, null, 100));
        book.apply(metric(older, "kdd4", 1, Split.SIGNAL, "accuracy", 0.3, 300));

        assertThat(book.runs()).extracting(RunView::runId).containsExactly(newer.runId(), older.runId());
    }

    @Test
    void cellValueIsTheMeanOverTheSettingsRunsThatAreTrainingOrFinishedWhateverTheOrderOfArrival() {
        RunSpec older = spec("one-pixel", 1);
        RunSpec newer = spec("one-pixel", 2);
        RunSpec newestButFailed = spec("one-pixel", 3);
        book.apply(metric(newer, "decision-tree", 1, Split.SIGNAL, "accuracy", 0.9, 210));
        book.apply(event(newestButFailed, RunEvent.Type.ACCEPTED, null, null, 300));
        book.apply(metric(newestButFailed, "decision-tree", 1, Split.SIGNAL, "accuracy", 0.1, 310));
        book.apply(event(newestButFailed, RunEvent.Type.MODEL_FAILED, "decision-tree", "out of memory", 320));
        book.apply(event(newer, RunEvent.Type.ACCEPTED, null, null, 200));
        book.apply(event(older, RunEvent.Type.ACCEPTED, null, null, 100));
        book.apply(metric(older, "decision-tree", 1, Split.SIGNAL, "accuracy", 0.5, 400));

        assertThat(book.cellValue("synthetic-shapes", "one-pixel", "decision-tree", "signal/accuracy").orElseThrow())
                .isCloseTo(0.7, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(book.cellValue("synthetic-shapes", "none", "decision-tree", "signal/accuracy")).isEmpty();
    }

    @Test
    void tableMapAndCellValuesAreComputedOncePerChangeAndFollowEveryEvent() {
        book.apply(event(spec, RunEvent.Type.ACCEPTED, null, null, 100));
        book.apply(metric(spec, "kdd4", 1, Split.SIGNAL, "accuracy", 0.5, 110));
        var table = book.table();
        var map = book.map();

        assertThat(book.table()).isSameAs(table);
        assertThat(book.map()).isSameAs(map);
        assertThat(book.cellValue("synthetic-shapes", "one-pixel", "kdd4", "signal/accuracy"))
                .hasValue(0.5);

        book.apply(metric(spec, "kdd4", 2, Split.SIGNAL, "accuracy", 0.75, 120));

        assertThat(book.table()).isNotSameAs(table);
        assertThat(book.map()).isNotSameAs(map);
        assertThat(book.table().rows().getFirst().cells().get("kdd4").signalAccuracy().mean())
                .isEqualTo(0.75);
        assertThat(book.cellValue("synthetic-shapes", "one-pixel", "kdd4", "signal/accuracy"))
                .hasValue(0.75);
    }

    @Test
    void countsRunsByStatus() {
        RunSpec other = spec("none", 1);
        book.apply(event(spec, RunEvent.Type.ACCEPTED, null, null));
        book.apply(event(other, RunEvent.Type.ACCEPTED, null, null));
        book.apply(event(other, RunEvent.Type.RUN_FAILED, null, "corrupt stream"));
        book.apply(metric(spec("mean", 1), "kdd4", 1, Split.SIGNAL, "accuracy", 0.3));

        assertThat(book.count(RunStatus.ENCODING)).isEqualTo(1);
        assertThat(book.count(RunStatus.FAILED)).isEqualTo(1);
        assertThat(book.count(RunStatus.PENDING)).isEqualTo(1);
        assertThat(book.count(RunStatus.FINISHED)).isZero();
    }

    @Test
    void etaFollowsTheMeanEpochTimeSoFarAndVanishesWhenTheModelEnds() {
        book.apply(event(spec, RunEvent.Type.ACCEPTED, null, null));
        book.apply(new RunEvent(spec.runId(), RunEvent.Type.MODEL_STARTED, "test", "kdd4", 1_000, null, null, null));
        book.apply(new MetricEvent(spec.runId(), "kdd4", 1, 3, Split.SIGNAL, "accuracy", 0.3, 11_000));

        assertThat(book.run(spec.runId()).orElseThrow().models().get("kdd4").etaSeconds()).isEqualTo(20L);

        book.apply(new MetricEvent(spec.runId(), "kdd4", 2, 3, Split.SIGNAL, "accuracy", 0.4, 31_000));
        book.apply(new MetricEvent(spec.runId(), "kdd4", 1, 3, Split.CLEAN, "accuracy", 0.3, 11_500));
        assertThat(book.run(spec.runId()).orElseThrow().models().get("kdd4").etaSeconds()).isEqualTo(15L);

        book.apply(event(spec, RunEvent.Type.MODEL_FINISHED, "kdd4", null));
        assertThat(book.run(spec.runId()).orElseThrow().models().get("kdd4").etaSeconds()).isNull();
    }

    @Test
    void bestValueIsTheHighestAccuracyAndTheLowestLossWhileLatestIsTheLastEpochs() {
        book.apply(event(spec, RunEvent.Type.ACCEPTED, null, null));
        book.apply(metric(spec, "kdd4", 1, Split.SIGNAL, "accuracy", 0.5));
        book.apply(metric(spec, "kdd4", 2, Split.SIGNAL, "accuracy", 0.7));
        book.apply(metric(spec, "kdd4", 3, Split.SIGNAL, "accuracy", 0.6));
        book.apply(metric(spec, "kdd4", 1, Split.SIGNAL, "loss", 1.2));
        book.apply(metric(spec, "kdd4", 2, Split.SIGNAL, "loss", 0.9));
        book.apply(metric(spec, "kdd4", 3, Split.SIGNAL, "loss", 1.0));

        ModelView kdd4 = book.run(spec.runId()).orElseThrow().models().get("kdd4");

        assertThat(kdd4.best()).containsEntry("signal/accuracy", 0.7).containsEntry("signal/loss", 0.9);
        assertThat(kdd4.metrics()).containsEntry("signal/accuracy", 0.6).containsEntry("signal/loss", 1.0);
    }
}
