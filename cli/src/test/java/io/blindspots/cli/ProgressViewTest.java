package io.blindspots.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import io.blindspots.events.Json;
import io.blindspots.events.views.RunView;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressViewTest {

    /** The JSON of {@code GET /runs}, read as the launcher reads it. */
    private static List<RunView> runs(String status, int epoch) throws IOException {
        return Json.MAPPER.readValue("""
                [{"runId": "run-1", "dataset": "synthetic-shapes", "signal": "one-pixel", "status": "%s",
                  "models": {"kdd4": {"status": "TRAINING", "epoch": %d, "totalEpochs": 3,
                                      "metrics": {"signal/accuracy": 0.5, "conflict/signal-reliance": 0.1}}}}]
                """.formatted(status, epoch), new TypeReference<List<RunView>>() { });
    }

    @Test
    void printsOnlyLinesThatChanged() throws IOException {
        ProgressView view = new ProgressView();

        assertThat(view.changes(runs("TRAINING", 1))).hasSize(2);
        assertThat(view.changes(runs("TRAINING", 1))).isEmpty();
        assertThat(view.changes(runs("TRAINING", 2))).singleElement().asString()
                .contains("kdd4").contains("epoch 2/3").contains("signal 0.500").contains("reliance 0.10");
    }

    @Test
    void suiteHasEndedOnlyWhenEveryExpectedRunHasEnded() throws IOException {
        assertThat(ProgressView.allEnded(runs("FINISHED", 3), 1)).isTrue();
        assertThat(ProgressView.allEnded(runs("FINISHED", 3), 2)).isFalse();
        assertThat(ProgressView.allEnded(runs("TRAINING", 3), 1)).isFalse();
    }

    @Test
    void aConvNetThatFinishedBeforeItsCapIsShownAsStoppedEarly() throws IOException {
        List<RunView> runs = Json.MAPPER.readValue("""
                [{"runId": "run-1", "status": "FINISHED",
                  "models": {"kdd4": {"status": "FINISHED", "epoch": 7, "totalEpochs": 30,
                                      "metrics": {"validation-accuracy": 0.99, "conflict/signal-reliance": 0.9,
                                                  "clean/chance-reliance": 0.1}}}},
                 {"runId": "run-2", "status": "FINISHED",
                  "models": {"kdd4": {"status": "FINISHED", "epoch": 30, "totalEpochs": 30, "metrics": {}}}}]
                """, new TypeReference<List<RunView>>() { });

        assertThat(new ProgressView().changes(runs)).anySatisfy(line -> assertThat(line)
                .contains("epoch 7/30 (stopped early)").contains("validation 0.990")
                .contains("reliance 0.90 vs chance 0.10"));
        assertThat(ProgressView.earlyStopping(runs, java.util.Set.of("kdd4")))
                .isEqualTo("ConvNets stopped by early stopping: 1 of 2 (run-2 reached the epoch cap)");
    }
}
