package io.blindspots.results.domain;

import io.blindspots.events.MetricEvent;
import io.blindspots.events.RunEvent;
import io.blindspots.events.RunSpec;
import io.blindspots.events.RunSpecs;
import io.blindspots.events.Split;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RunBookTest {

    static RunSpec spec(String signal, long seed) {
        return RunSpecs.parse("""
                {"dataset": {"name": "synthetic-shapes"}, "signal": {"type": "%s"}, "seed": %d,
                 "convnet": {"arch": "kdd4"}, "baselines": ["decision-tree", "gaussian-nb"]}""".formatted(signal, seed));
    }

    static RunEvent event(RunSpec spec, RunEvent.Type type, String model, String message) {
        return new RunEvent(spec.runId(), type, "test", model, 1, message, type == RunEvent.Type.ACCEPTED ? spec : null,
                null);
    }

    static MetricEvent metric(RunSpec spec, String model, int epoch, Split split, String name, double value) {
        return new MetricEvent(spec.runId(), model, epoch, model.equals("kdd4") ? 3 : 1, split, name, value, 2);
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
    void runFailureWins() {
        book.apply(event(spec, RunEvent.Type.ACCEPTED, null, null));
        book.apply(event(spec, RunEvent.Type.RUN_FAILED, null, "checksum mismatch"));

        RunView run = book.run(spec.runId()).orElseThrow();
        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.message()).contains("checksum");
    }
}
